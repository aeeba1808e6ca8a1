// Rewrites the schema snapshot and the migration lock after a new migration is added.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Database } from '../electron/core/db/database';
import { migrate } from '../electron/core/db/migrate';
import { MIGRATIONS } from '../electron/core/db/migrations';
import { renderSchema, schemaOf } from '../test/helpers/schema';

const fixtures = resolve(import.meta.dirname, '..', 'test', 'fixtures');
const dir = mkdtempSync(join(tmpdir(), 'paydesk-snapshot-'));
const path = join(dir, 'paydesk.db');
const db = Database.open(path);
migrate(db, path, MIGRATIONS, () => new Date());
writeFileSync(join(fixtures, 'schema.sql'), renderSchema(schemaOf(db)));
db.close();
rmSync(dir, { recursive: true, force: true });

const lock = MIGRATIONS.map((migration) => ({
  version: migration.version,
  name: migration.name,
  sha256: createHash('sha256').update(migration.sql).digest('hex'),
}));
writeFileSync(join(fixtures, 'migrations.lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(`Wrote schema.sql and migrations.lock.json for ${MIGRATIONS.length} migrations\n`);
