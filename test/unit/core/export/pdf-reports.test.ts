import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bridgeReport } from '../../../../electron/core/export/bridge-report';
import { exceptionReport } from '../../../../electron/core/export/exception-report';
import { writePdf } from '../../../../electron/core/export/pdf-writer';
import type { Bridge } from '../../../../shared/contract/reconcile';
import { useTempDirs } from '../../../helpers/temp-dir';
import { item } from './export-fixtures';
import { pdfTextOf } from './pdf-text-of';

const tempDir = useTempDirs();

const closedBridge: Bridge = {
  period: '2024-03',
  state: 'closed',
  closedAt: '2024-04-03T09:30:00.000Z',
  closedBy: 'alice',
  closable: false,
  blockers: [],
  currencies: [
    {
      currency: 'USD',
      gatewayTotalMinor: 30_600,
      billingTotalMinor: 17_000,
      lines: [{ class: 'unposted_payment', count: 1, amountMinor: 5_000, explained: true }],
      residualMinor: 8_600,
      closable: true,
      residualNote: 'Payment for February invoice INV-4',
    },
  ],
};

describe('PDF reports', () => {
  it('writes the bridge as a readable report: title, period, state, the table per currency, the note', async () => {
    const path = join(tempDir(), 'bridge.pdf');
    await writePdf(path, bridgeReport(closedBridge, '2024-04-04T08:00:00.000Z'), { compress: false });
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfTextOf(path);
    for (const expected of [
      'Paydesk statement bridge 2024-03',
      'Closed on 2024-04-03T09:30:00.000Z by alice',
      '2024-04-04T08:00:00.000Z',
      'Gateway total',
      '306.00',
      '170.00',
      'unposted_payment',
      '86.00',
      'Residual: Payment for February invoice INV-4',
      'page 1 of 1',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('caps the exception list, largest first, and says so', async () => {
    const path = join(tempDir(), 'list.pdf');
    const items = Array.from({ length: 40 }, (_, index) => item({ key: `invoice:INV-${index}`, amountAtStakeMinor: 4_000 - index }));
    let read = 0;
    const counted = (function* () {
      for (const each of items) {
        read += 1;
        yield each;
      }
    })();
    const { report, rows } = exceptionReport({
      filterWords: 'every exception class; open items',
      generatedAt: '2024-04-04T08:00:00.000Z',
      totals: [{ class: 'amount_mismatch', currency: 'EUR', count: 40, amountAtStakeMinor: 159_220 }],
      items: counted,
      cap: 25,
    });
    await writePdf(path, report, { compress: false });
    expect(rows).toBe(25);
    expect(read).toBe(25);
    const text = pdfTextOf(path);
    expect(text).toContain('Paydesk exception list');
    expect(text).toContain('Showing the 25 largest of 40 items. The CSV and Excel exports hold every item.');
    expect(text).toContain('invoice:INV-24');
    expect(text).not.toContain('invoice:INV-25');
    expect(text).toContain('1592.20');
    // The customer's name is shown as typed (Windows-1252 covers it).
    expect(text).toContain('Müller, "Söhne" & Co');
  });

  it('repeats the header on every page of a long table and numbers the pages', async () => {
    const path = join(tempDir(), 'long.pdf');
    const items = Array.from({ length: 120 }, (_, index) => item({ key: `invoice:LONG-${index}` }));
    const { report } = exceptionReport({
      filterWords: 'all',
      generatedAt: '2024-04-04T08:00:00.000Z',
      totals: [{ class: 'amount_mismatch', currency: 'EUR', count: 120, amountAtStakeMinor: 150_000 }],
      items,
    });
    await writePdf(path, report, { compress: false });
    const text = pdfTextOf(path);
    const pages = Number(/page 1 of (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(text.split('\n').filter((line) => line === 'Gateway - billing')).toHaveLength(pages);
  });
});
