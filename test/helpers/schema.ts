import type { Database } from '../../electron/core/db/database';

export interface SchemaObject {
  type: string;
  name: string;
  sql: string;
}

/** Every table, index and trigger of a database, with its SQL normalised for comparison. */
export function schemaOf(db: Database): SchemaObject[] {
  return db
    .all<SchemaObject>({
      text: "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name",
      values: [],
    })
    .map((object) => ({ ...object, sql: object.sql.replace(/\s+/g, ' ').trim() }));
}

export function renderSchema(objects: readonly SchemaObject[]): string {
  return `${objects.map((object) => `-- ${object.type} ${object.name}\n${object.sql};`).join('\n\n')}\n`;
}
