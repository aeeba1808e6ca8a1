import type { Database } from '../../db/database';
import { describeChange } from './change-note';
import type { ItemDraft } from './item-drafts';
import { ItemStatements } from './item-statements';

export interface PersistScope {
  /** Keys of every item the run evaluated (full run: all of them); every draft's key is among them. */
  evaluated: ReadonlySet<string> | 'all';
  /** How many drafts there are. */
  count: number;
  now: Date;
  /** From this many new items into an empty table on, indexes are rebuilt once instead of kept up. */
  bulkThreshold?: number;
}

/** What a run needs of a stored item, packed in one string: a million of them stay cheap. */
interface Stored {
  key: string;
  sealed: boolean;
  state: string;
  fingerprint: string;
  /** Fingerprint plus what may change without reopening (customer, date, suggestion score). */
  signature: string;
  itemDate: string;
}

const SEP = '\u001f';

/**
 * Writes a run's items, keeping what people decided. An item whose evaluation is unchanged is
 * not written at all (a re-run with nothing new writes nothing). A resolved or accepted item
 * whose evaluation changed reopens with a note saying what changed. An item of a closed period
 * is sealed: it stays as it was closed, and a change to its data raises a new item in the
 * current period instead. Items the run no longer produces go, unless sealed.
 * Returns how many items changed. Call inside a transaction.
 */
export function persistItems(db: Database, drafts: Iterable<ItemDraft>, scope: PersistScope): number {
  const statements = new ItemStatements(db.raw);
  const stored = loadStored(db, scope);
  if (stored.size === 0 && scope.count >= (scope.bulkThreshold ?? BULK_THRESHOLD)) return bulkInsert(db, statements, drafts, scope.now.toISOString());
  const now = scope.now.toISOString();
  const openPeriod = now.slice(0, 7);
  let changed = 0;

  for (const draft of drafts) {
    const packed = stored.get(draft.key);
    if (packed === undefined) {
      statements.insert(draft, draft.key, draft.itemDate, null, now);
      changed += 1;
      continue;
    }
    stored.delete(draft.key);
    const existing = unpack(draft.key, packed);
    if (existing.sealed) {
      changed += raiseLateChange(statements, stored, draft, existing, openPeriod, now);
    } else if (existing.fingerprint !== draft.fingerprint) {
      const reopens = existing.state !== 'open';
      statements.update(draft, reopens ? `Reopened: ${describeChange(existing.fingerprint, draft.fingerprint)}` : null, reopens, now);
      changed += 1;
    } else if (existing.signature !== signatureOf(draft)) {
      statements.update(draft, null, false, now);
      changed += 1;
    }
  }
  for (const [key, packed] of stored) {
    if (unpack(key, packed).sealed) continue;
    statements.delete(key);
    changed += 1;
  }
  return changed;
}

/** From this many new items on, building the indexes once after inserting beats keeping them up row by row. */
const BULK_THRESHOLD = 50_000;

/**
 * The first run over a large ledger: every item is new. The secondary indexes are set aside and
 * rebuilt from their own definitions afterwards, inside the same transaction, so a failure
 * leaves them exactly as they were.
 */
function bulkInsert(db: Database, statements: ItemStatements, drafts: Iterable<ItemDraft>, now: string): number {
  const indexes = db.raw.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'exceptions' AND sql IS NOT NULL").all() as { name: string; sql: string }[];
  for (const index of indexes) db.raw.exec(`DROP INDEX "${index.name.replace(/"/g, '""')}"`);
  let written = 0;
  for (const draft of drafts) {
    statements.insert(draft, draft.key, draft.itemDate, null, now);
    written += 1;
  }
  for (const index of indexes) db.raw.exec(index.sql);
  return written;
}

function raiseLateChange(statements: ItemStatements, stored: Map<string, string>, draft: ItemDraft, sealed: Stored, openPeriod: string, now: string): number {
  const lateKey = `${draft.key}@${openPeriod}`;
  const packedLate = stored.get(lateKey);
  stored.delete(lateKey);
  const late = packedLate === undefined ? undefined : unpack(lateKey, packedLate);
  if (sealed.fingerprint === draft.fingerprint) {
    if (!late) return 0;
    statements.delete(lateKey);
    return 1;
  }
  if (late?.fingerprint === draft.fingerprint) return 0;
  const note = `Changed after ${sealed.itemDate.slice(0, 7)} was closed: ${describeChange(sealed.fingerprint, draft.fingerprint)}`;
  const itemDate = `${openPeriod}-01` > draft.itemDate ? `${openPeriod}-01` : draft.itemDate;
  statements.upsertLate(draft, lateKey, itemDate, note, now);
  return 1;
}

/** The stored items a run may touch, each packed as "sealed␟state␟fingerprint␟customer␟date␟score". */
function loadStored(db: Database, scope: PersistScope): Map<string, string> {
  const select = `SELECT item_key, sealed || '${SEP}' || state || '${SEP}' || fingerprint || '${SEP}' || coalesce(customer, '') || '${SEP}' ||
    item_date || '${SEP}' || coalesce(suggestion_score, '') FROM exceptions`;
  const stored = new Map<string, string>();
  if (scope.evaluated === 'all') {
    for (const [key, packed] of db.raw.prepare(select).raw(true).iterate() as Iterable<[string, string]>) stored.set(key, packed);
    return stored;
  }
  // A key and its late-change variants ("key@YYYY-MM") sort together.
  const one = db.raw.prepare(`${select} WHERE item_key = ? OR (item_key > ? AND item_key < ?)`).raw(true);
  for (const key of scope.evaluated) for (const [found, packed] of one.all(key, `${key}@`, `${key}@\uffff`) as [string, string][]) stored.set(found, packed);
  return stored;
}

function unpack(key: string, packed: string): Stored {
  const [sealed = '0', state = 'open', fingerprint = '', customer = '', itemDate = '', score = ''] = packed.split(SEP);
  return { key, sealed: sealed === '1', state, fingerprint, signature: [fingerprint, customer, itemDate, score].join(SEP), itemDate };
}

function signatureOf(draft: ItemDraft): string {
  return [draft.fingerprint, draft.customer ?? '', draft.itemDate, draft.suggestionScore ?? ''].join(SEP);
}
