import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../shared/contract/imports';
import {
  choiceValue,
  countRows,
  dateOrderText,
  importBlockedReason,
  importFormatOf,
  moreProblemsText,
  needsDateOrder,
  presetLabel,
  problemRow,
  problemsHeading,
  sameRequest,
} from '../../../renderer/src/pages/connections/import/import-text';

const preview = (overrides: Partial<ImportPreview> = {}): ImportPreview => ({
  fileName: 'invoices.csv',
  rowCount: 3,
  columns: ['InvoiceNumber', 'InvoiceDate'],
  sampleRows: [['INV-1', '03/04/2025']],
  counts: { payments: 0, refunds: 0, invoices: 1, invoicePayments: 0 },
  problems: [],
  problemCount: 0,
  dateOrders: ['dmy'],
  canCommit: true,
  ...overrides,
});

const upload = { kind: 'upload', uploadId: '0b7e6c1e-2f4a-4d3b-9c1a-5e8f7a6b3c2d' } as const;
const xero = { kind: 'preset', preset: 'xero-invoices' } as const;

describe('import formats', () => {
  it('labels the presets as their exports are called', () => {
    expect(presetLabel('stripe-balance-report')).toBe('Stripe balance report (itemized)');
    expect(presetLabel('xero-invoices')).toBe('Xero sales invoices export');
  });

  it('gives every choice a distinct radio value', () => {
    expect(choiceValue({ kind: 'preset', preset: 'xero-invoices' })).toBe('preset:xero-invoices');
    expect(choiceValue({ kind: 'mapping', name: 'xero-invoices' })).toBe('mapping:xero-invoices');
    expect(choiceValue({ kind: 'new-mapping' })).toBe('new-mapping');
  });

  it('builds the format, with the date order only once chosen', () => {
    expect(importFormatOf({ kind: 'preset', preset: 'xero-invoices' }, null)).toEqual(xero);
    expect(importFormatOf({ kind: 'preset', preset: 'xero-invoices' }, 'mdy')).toEqual({ ...xero, dateOrder: 'mdy' });
    expect(importFormatOf({ kind: 'mapping', name: 'Shop' }, 'mdy')).toEqual({ kind: 'mapping', name: 'Shop' });
    expect(importFormatOf({ kind: 'new-mapping' }, null)).toBeNull();
  });

  it('matches a preview to exactly the file and format it was made for', () => {
    expect(sameRequest({ source: upload, format: xero }, { source: { ...upload }, format: { ...xero } })).toBe(true);
    expect(sameRequest({ source: upload, format: xero }, { source: upload, format: { ...xero, dateOrder: 'dmy' } })).toBe(false);
    expect(sameRequest({ source: upload, format: xero }, { source: { kind: 'path', path: '/a.csv' }, format: xero })).toBe(false);
    expect(sameRequest(undefined, { source: upload, format: xero })).toBe(false);
    expect(sameRequest({ source: upload, format: xero }, null)).toBe(false);
  });
});

describe('the Import button', () => {
  it('is enabled for a current preview the service can commit', () => {
    expect(importBlockedReason(preview(), xero)).toBeNull();
  });

  it('waits for a fresh preview, a date order and a committable file', () => {
    expect(importBlockedReason(undefined, xero)).toMatch(/Preview/);
    const ambiguous = preview({ dateOrders: ['dmy', 'mdy'], canCommit: false });
    expect(needsDateOrder(ambiguous, xero)).toBe(true);
    expect(importBlockedReason(ambiguous, xero)).toMatch(/dates/);
    // Even if the service would commit, an unanswered date question blocks the import.
    expect(importBlockedReason(preview({ dateOrders: ['dmy', 'mdy'] }), xero)).toMatch(/dates/);
    expect(importBlockedReason(preview({ dateOrders: ['dmy', 'mdy'] }), { ...xero, dateOrder: 'dmy' })).toBeNull();
    expect(importBlockedReason(preview({ canCommit: false, problemCount: 2 }), xero)).toMatch(/Fix the problems/);
  });

  it('never asks a mapping for the date order: the mapping states it', () => {
    expect(needsDateOrder(preview({ dateOrders: ['dmy', 'mdy'] }), { kind: 'mapping', name: 'Shop' })).toBe(false);
  });
});

describe('preview text', () => {
  it('names date orders and counts', () => {
    expect(dateOrderText('dmy')).toBe('day/month/year');
    expect(dateOrderText('mdy')).toBe('month/day/year');
    expect(countRows({ payments: 4, refunds: 1, invoices: 0, invoicePayments: 2 })).toEqual([
      { label: 'Payments', value: 4 },
      { label: 'Refunds', value: 1 },
      { label: 'Invoices', value: 0 },
      { label: 'Invoice payments', value: 2 },
    ]);
  });

  it('locates problems and says how many were left out', () => {
    expect(problemRow({ row: 12, column: 'Total', field: 'total', value: '1,2,3', message: 'x' })).toBe('Row 12');
    expect(problemRow({ row: null, column: null, field: null, value: null, message: 'No header' })).toBe('Whole file');
    expect(moreProblemsText(100, 100)).toBeNull();
    expect(moreProblemsText(100, 1234, 'en-US')).toBe('and 1,134 more');
    expect(problemsHeading(0)).toBe('No problems found');
    expect(problemsHeading(1)).toBe('1 problem');
  });
});
