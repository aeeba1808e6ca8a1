import { createHash } from 'node:crypto';

/** An exported entry as a third party reads it: field names as in the file, values as parsed. */
export type ExportedEntry = Record<string, string | number | null>;

export const EXPORTED_FIELDS = ['seq', 'at', 'actor', 'action', 'entity_type', 'entity_id', 'before_json', 'after_json', 'reason', 'prev_hash', 'hash'];

/**
 * What a third party does with an export and nothing else (README, "Checking an exported trail"):
 * numbers dense from 1, each entry naming its predecessor's hash, and each hash the SHA-256 of the
 * previous hash, a line feed and the JSON array of the entry's fields. Written from the README,
 * not from Paydesk's code. Returns the first entry that does not hold, or null.
 */
export function firstBrokenExported(entries: readonly ExportedEntry[]): number | null {
  let previous = '0'.repeat(64);
  for (const [index, entry] of entries.entries()) {
    const fields = [entry['seq'], entry['at'], entry['actor'], entry['action'], entry['entity_type'], entry['entity_id'], entry['before_json'], entry['after_json'], entry['reason']];
    const hash = createHash('sha256').update(`${previous}\n${JSON.stringify(fields)}`).digest('hex');
    if (entry['seq'] !== index + 1 || entry['prev_hash'] !== previous || entry['hash'] !== hash) return index + 1;
    previous = hash;
  }
  return null;
}
