import type { z } from 'zod';
import type { Database } from '../db/database';
import { sql } from '../db/sql';
import { redactedJson } from '../redact/redact-card-data';

/** The keys Paydesk keeps in `settings`; one place, so two features never share a key by accident. */
export type SettingKey = 'operator.name' | 'webhook.url' | 'checkouts.abandonAfterMinutes';

/**
 * Preferences of one workspace, a JSON value per key, each read back through its schema so a
 * damaged value is reported rather than used.
 */
export class SettingsRepo {
  constructor(private readonly db: Database) {}

  get<S extends z.ZodType>(key: SettingKey, schema: S): z.output<S> | undefined {
    const row = this.db.get<{ value_json: string }>(sql`SELECT value_json FROM settings WHERE key = ${key}`);
    if (!row) return undefined;
    const parsed = schema.safeParse(JSON.parse(row.value_json));
    if (!parsed.success) throw new Error(`The saved setting "${key}" is damaged: ${parsed.error.message}`);
    return parsed.data;
  }

  set(key: SettingKey, value: unknown, at: Date): void {
    this.db.run(sql`
      INSERT INTO settings (key, value_json, updated_at) VALUES (${key}, ${redactedJson(value)}, ${at.toISOString()})
      ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`);
  }

  delete(key: SettingKey): void {
    this.db.run(sql`DELETE FROM settings WHERE key = ${key}`);
  }
}
