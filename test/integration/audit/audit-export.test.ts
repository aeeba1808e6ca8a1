import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createAuditExport } from '../../../electron/core/audit/audit-export';
import { appendAudit } from '../../../electron/core/audit/audit-log';
import { ExportStore } from '../../../electron/core/export/export-store';
import { EXPORTED_FIELDS, firstBrokenExported, type ExportedEntry } from '../../helpers/reverify-audit';
import { useTempDirs } from '../../helpers/temp-dir';
import { HOSTILE_TEXTS } from '../../unit/core/export/export-fixtures';
import { openTestDatabase } from '../sync/sync-fixture';

const tempDir = useTempDirs();
const now = new Date('2026-11-22T10:00:00Z');

/** A trail with what tends to break files: quotes, separators, line breaks, non-Latin text, formulas. */
async function exportedTrail(format: 'jsonl' | 'csv'): Promise<{ text: string; fileName: string; rows: number; store: ExportStore; exportId: string }> {
  const dataDir = tempDir();
  const db = openTestDatabase(dataDir);
  appendAudit(db, { at: now, actor: 'Zoë "Z" Müller', action: 'recon.resolve', entityType: 'reconciliation_item', entityId: 'invoice:INV-1,2', before: { state: 'open' }, after: { state: 'resolved', note: 'two\nlines' }, reason: '株式会社 paid by wire' });
  HOSTILE_TEXTS.forEach((text, index) => {
    appendAudit(db, { at: new Date(now.getTime() + index), actor: 'bob', action: 'recon.accept', entityType: 'reconciliation_item', entityId: `payment:pi_${index}`, reason: text });
  });
  appendAudit(db, { at: now, actor: 'bob', action: 'period.close', entityType: 'period', entityId: '2026-10', before: -5, after: null });
  db.close();
  const store = new ExportStore(join(dataDir, 'exports'));
  const file = await createAuditExport(format, { store, databasePath: join(dataDir, 'paydesk.db'), now });
  const found = store.find(file.exportId);
  if (!found) throw new Error('the export is not in the store');
  return { text: readFileSync(found.path, 'utf8'), fileName: file.fileName, rows: file.rows, store, exportId: file.exportId };
}

describe('exporting the audit trail', () => {
  it('writes JSON Lines from which a third party re-verifies the whole chain, and finds a changed line', async () => {
    const { text, fileName, rows, store, exportId } = await exportedTrail('jsonl');
    expect(fileName).toBe('paydesk-audit-2026-11-22.jsonl');
    expect(store.find(exportId)?.contentType).toBe('application/jsonl; charset=utf-8');
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(8);
    expect(rows).toBe(8);
    const entries = lines.map((line) => JSON.parse(line) as ExportedEntry);
    expect(entries.map((entry) => Object.keys(entry))).toEqual(entries.map(() => EXPORTED_FIELDS));
    expect(entries[0]).toMatchObject({ seq: 1, actor: 'Zoë "Z" Müller', entity_id: 'invoice:INV-1,2', reason: '株式会社 paid by wire' });
    // Exact, not spreadsheet-escaped: the hash covers these very characters.
    expect(entries[1]?.['reason']).toBe(HOSTILE_TEXTS[0]);
    expect(firstBrokenExported(entries)).toBeNull();

    const edited = entries.map((entry) => (entry['seq'] === 4 ? { ...entry, reason: 'nothing to see' } : entry));
    expect(firstBrokenExported(edited)).toBe(4);
    expect(firstBrokenExported(entries.filter((entry) => entry['seq'] !== 6))).toBe(6);
  });

  it('writes CSV with every field by its database name, formulas escaped for spreadsheets', async () => {
    const { text, fileName, rows } = await exportedTrail('csv');
    expect(fileName).toBe('paydesk-audit-2026-11-22.csv');
    expect(rows).toBe(8);
    expect(text.startsWith('\ufeff')).toBe(true);
    const table = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(table[0]).toEqual(EXPORTED_FIELDS);
    expect(table).toHaveLength(9);
    expect(table[1]?.slice(2, 9)).toEqual(['Zoë "Z" Müller', 'recon.resolve', 'reconciliation_item', 'invoice:INV-1,2', '{"state":"open"}', '{"state":"resolved","note":"two\\nlines"}', '株式会社 paid by wire']);
    expect(table[2]?.[8]).toBe(`'${HOSTILE_TEXTS[0]}`);
    expect(table[8]?.[6]).toBe("'-5");

    // The README's rule for reading it back: numbers are numbers, empty is null, and a leading '
    // before = + - @ tab or CR was added on the way out. With that, the CSV re-verifies too.
    const entries = table.slice(1).map((cells) =>
      Object.fromEntries(EXPORTED_FIELDS.map((field, index) => [field, readBack(field, cells[index] ?? '')])),
    );
    expect(firstBrokenExported(entries)).toBeNull();
  });
});

function readBack(field: string, cell: string): string | number | null {
  if (field === 'seq') return Number(cell);
  if (cell === '') return null;
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
