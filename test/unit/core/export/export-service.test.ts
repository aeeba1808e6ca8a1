import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ReconItem } from '../../../../shared/contract/reconcile';
import { createExport, fileNameOf, type ExportSource } from '../../../../electron/core/export/export-service';
import { ExportStore } from '../../../../electron/core/export/export-store';
import type { Bridge } from '../../../../shared/contract/reconcile';
import { useTempDirs } from '../../../helpers/temp-dir';
import { item } from './export-fixtures';
import { pdfTextOf } from './pdf-text-of';

const tempDir = useTempDirs();
const now = new Date('2024-04-04T08:00:00.000Z');

const openBridge: Bridge = {
  period: '2024-03',
  state: 'open',
  closedAt: null,
  closedBy: null,
  closable: false,
  blockers: ['EUR: residual 12.00 and 3 amount_mismatch items still open'],
  currencies: [
    {
      currency: 'EUR',
      gatewayTotalMinor: 10_000,
      billingTotalMinor: 12_000,
      lines: [{ class: 'amount_mismatch', count: 3, amountMinor: -3_200, explained: false }],
      residualMinor: 1_200,
      closable: false,
      residualNote: null,
    },
  ],
};

function sourceOf(items: ReconItem[]): ExportSource {
  return {
    items: () => items,
    totals: () => [{ class: 'amount_mismatch', currency: 'EUR', count: items.length, amountAtStakeMinor: 0 }],
    bridge: () => openBridge,
  };
}

function deps(items: ReconItem[] = []): { store: ExportStore; source: ExportSource; now: Date; pdf: { compress: false } } {
  return { store: new ExportStore(join(tempDir(), 'exports')), source: sourceOf(items), now, pdf: { compress: false } };
}

describe('createExport', () => {
  it('writes the exception list as CSV with a header and one row per item, hostile names escaped', async () => {
    const context = deps([item(), item({ key: 'payment:pi_9', class: 'orphan_payment', customer: '=HYPERLINK("x")', totalMinor: null })]);
    const file = await createExport({ what: 'exceptions', format: 'csv', filter: { period: '2024-03' } }, context);
    expect(file).toMatchObject({ fileName: 'paydesk-exceptions-2024-03.csv', rows: 2 });
    const stored = context.store.find(file.exportId);
    if (!stored) throw new Error('export not stored');
    expect(stored.bytes).toBe(file.bytes);
    const [header, first, second] = Papa.parse<string[]>(readFileSync(stored.path, 'utf8'), { skipEmptyLines: true }).data;
    expect(header?.slice(0, 9)).toEqual(['Item', 'Class', 'State', 'Currency', 'Money at stake', 'Invoice total', 'Billing paid', 'Gateway net', 'Gateway - billing']);
    expect(first).toEqual([
      'invoice:INV-1', 'amount_mismatch', 'open', 'EUR', '12.50', '100.00', '100.00', '87.50', '-12.50', 'INV-1', 'pi_1 pi_2',
      'Müller, "Söhne" & Co', '2024-03-05', '2024-03', '12', '', '', 'no',
    ]);
    expect(second?.[5]).toBe('');
    expect(second?.[11]).toBe(`'=HYPERLINK("x")`);
  });

  it('writes the bridge as a workbook: a block per currency and an About sheet saying what it is', async () => {
    const context = deps();
    const file = await createExport({ what: 'bridge', format: 'xlsx', period: '2024-03' }, context);
    expect(file).toMatchObject({ fileName: 'paydesk-bridge-2024-03.xlsx', rows: 5 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(context.store.find(file.exportId)?.path ?? '');
    const sheet = workbook.getWorksheet('Bridge 2024-03');
    const lines = [2, 3, 4, 5, 6].map((row) => [sheet?.getCell(row, 2).value, sheet?.getCell(row, 4).value]);
    expect(lines).toEqual([
      ['Gateway total', 100],
      ['Billing total', 120],
      ['Gateway - billing', -20],
      ['amount_mismatch', -32],
      ['Residual', 12],
    ]);
    expect(workbook.getWorksheet('About')?.getCell('B3').value).toBe('Open, cannot close yet: EUR: residual 12.00 and 3 amount_mismatch items still open');
  });

  it('writes PDFs of both', async () => {
    const context = deps([item()]);
    const list = await createExport({ what: 'exceptions', format: 'pdf', filter: {} }, context);
    expect(list).toMatchObject({ fileName: 'paydesk-exceptions-2024-04-04.pdf', rows: 1 });
    expect(pdfTextOf(context.store.find(list.exportId)?.path ?? '')).toContain('every exception class; open items');
    const bridge = await createExport({ what: 'bridge', format: 'pdf', period: '2024-03' }, context);
    expect(pdfTextOf(context.store.find(bridge.exportId)?.path ?? '')).toContain('Paydesk statement bridge 2024-03');
  });

  it('leaves nothing behind when writing fails', async () => {
    const context = deps();
    const failing: ExportSource = {
      ...context.source,
      items: function* () {
        yield item();
        throw new Error('disk gone');
      },
    };
    await expect(createExport({ what: 'exceptions', format: 'xlsx', filter: {} }, { ...context, source: failing })).rejects.toThrow('disk gone');
    await expect(createExport({ what: 'exceptions', format: 'csv', filter: {} }, { ...context, source: failing })).rejects.toThrow('disk gone');
    expect(readdirSync(context.store.dir)).toEqual([]);
  });

  it('names files after what they hold', () => {
    expect(fileNameOf({ what: 'bridge', format: 'pdf', period: '2024-02' }, now)).toBe('paydesk-bridge-2024-02.pdf');
    expect(fileNameOf({ what: 'exceptions', format: 'xlsx', filter: {} }, now)).toBe('paydesk-exceptions-2024-04-04.xlsx');
  });
});

