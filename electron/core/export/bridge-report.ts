import { minorToDecimal } from '../../../shared/money';
import type { Bridge, CurrencyBridge } from '../../../shared/contract/reconcile';
import { bridgeStateWords } from './bridge-table';
import type { PdfReport, PdfSection } from './pdf-writer';
import type { PdfRow } from './pdf-table';

export function bridgeReport(bridge: Bridge, generatedAt: string): PdfReport {
  return {
    title: `Paydesk statement bridge ${bridge.period}`,
    facts: [
      ['Period', bridge.period],
      ['State', bridgeStateWords(bridge)],
      ['Generated at', generatedAt],
      ...(bridge.currencies.length === 0 ? [['Currencies', 'none: no payments, invoices or items in this period'] as const] : []),
    ],
    sections: bridge.currencies.map(currencySection),
  };
}

function currencySection(currency: CurrencyBridge): PdfSection {
  const money = (amountMinor: number): string => minorToDecimal(amountMinor, currency.currency);
  const rows: PdfRow[] = [
    { cells: ['Gateway total', '', money(currency.gatewayTotalMinor), ''] },
    { cells: ['Billing total', '', money(currency.billingTotalMinor), ''] },
    { cells: ['Gateway - billing', '', money(currency.gatewayTotalMinor - currency.billingTotalMinor), ''], strong: true },
    ...currency.lines.map((line) => ({
      cells: [line.class, String(line.count), money(line.amountMinor), line.explained ? 'yes' : 'no'],
    })),
    { cells: ['Residual', '', money(currency.residualMinor), ''], strong: true },
  ];
  return {
    heading: `${currency.currency}${currency.closable ? '' : ' (cannot close yet)'}`,
    ...(currency.residualNote ? { note: `Residual: ${currency.residualNote}` } : {}),
    table: {
      columns: [
        { header: 'Line', weight: 4 },
        { header: 'Items', weight: 1, align: 'right' },
        { header: `Amount (${currency.currency})`, weight: 2, align: 'right' },
        { header: 'Explained', weight: 1.2 },
      ],
      rows,
    },
  };
}
