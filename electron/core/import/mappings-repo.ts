import { ApiError } from '../../../shared/contract/errors';
import { Mapping } from '../../../shared/contract/imports';
import { appendAudit } from '../audit/audit-log';
import type { Database } from '../db/database';
import { sql } from '../db/sql';
import { redactedJson } from '../redact/redact-card-data';
import { osUser } from '../settings/os-user';

interface MappingRow {
  name: string;
  definition_json: string;
}

/**
 * Saved field mappings for flat files (the import_mappings table), one per name. Each is
 * validated against the contract on the way in and on the way out; every change is audited in
 * the same transaction.
 */
export class MappingsRepo {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
    /** Who saves and deletes, named in the audit trail. */
    private readonly actor: () => string = osUser,
  ) {}

  list(): Mapping[] {
    return this.db.all<MappingRow>(sql`SELECT name, definition_json FROM import_mappings ORDER BY name`).map(fromRow);
  }

  get(name: string): Mapping | undefined {
    const row = this.db.get<MappingRow>(sql`SELECT name, definition_json FROM import_mappings WHERE name = ${name}`);
    return row ? fromRow(row) : undefined;
  }

  /** Adds a mapping, or replaces the one with the same name (keeping when it was first made). */
  save(input: unknown): Mapping {
    const parsed = Mapping.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      throw new ApiError('validation', `This mapping cannot be saved: ${where}${issue?.message ?? 'invalid'}`);
    }
    const mapping = parsed.data;
    const now = this.now();
    const at = now.toISOString();
    this.db.transaction(() => {
      const before = this.stored(mapping.name) ?? null;
      this.db.run(sql`
        INSERT INTO import_mappings (name, definition_json, created_at, updated_at)
        VALUES (${mapping.name}, ${redactedJson(mapping)}, ${at}, ${at})
        ON CONFLICT (name) DO UPDATE SET definition_json = excluded.definition_json, updated_at = excluded.updated_at`);
      appendAudit(this.db, { at: now, actor: this.actor(), action: 'mapping.save', entityType: 'import_mapping', entityId: mapping.name, before, after: mapping });
    });
    return mapping;
  }

  /** True when there was a mapping by that name. */
  delete(name: string): boolean {
    return this.db.transaction(() => {
      const before = this.stored(name);
      if (before === undefined) return false;
      this.db.run(sql`DELETE FROM import_mappings WHERE name = ${name}`);
      appendAudit(this.db, { at: this.now(), actor: this.actor(), action: 'mapping.delete', entityType: 'import_mapping', entityId: name, before, after: null });
      return true;
    });
  }

  /** The definition as stored, unchecked: the audit records what was there, even a damaged one. */
  private stored(name: string): unknown {
    const row = this.db.get<MappingRow>(sql`SELECT name, definition_json FROM import_mappings WHERE name = ${name}`);
    if (!row) return undefined;
    try {
      return JSON.parse(row.definition_json);
    } catch {
      return row.definition_json;
    }
  }
}

function fromRow(row: MappingRow): Mapping {
  const parsed = Mapping.safeParse(JSON.parse(row.definition_json));
  if (!parsed.success) {
    // Only save() writes here, so this is damage to the file: say which mapping, do not skip it.
    throw new ApiError('internal', `The saved mapping "${row.name}" is damaged; delete it and create it again`);
  }
  return parsed.data;
}
