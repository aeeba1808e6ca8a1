import { describe, expect, it } from 'vitest';
import { escapeFormula } from '../../../../electron/core/export/formula-escape';
import { cellText } from '../../../../electron/core/export/table';
import { HOSTILE_TEXTS } from './export-fixtures';

describe('escapeFormula', () => {
  it('makes every cell that a spreadsheet would evaluate plain text with a leading quote', () => {
    for (const text of HOSTILE_TEXTS) expect(escapeFormula(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text alone, including formula characters further in', () => {
    for (const text of ['INV-1', 'Müller & Co', 'a=b', 'pay @ desk', '', ' =not first']) expect(escapeFormula(text)).toBe(text);
  });
});

describe('cellText', () => {
  it('writes amounts as exact decimals in major units, negative ones as plain numbers', () => {
    expect(cellText({ amountMinor: -1_250, currency: 'EUR' })).toBe('-12.50');
    expect(cellText({ amountMinor: 1_250, currency: 'JPY' })).toBe('1250');
    expect(cellText({ amountMinor: -5, currency: 'KWD' })).toBe('-0.005');
  });

  it('escapes text, a negative number typed as text included', () => {
    expect(cellText('-12.50')).toBe("'-12.50");
    expect(cellText(null)).toBe('');
    expect(cellText(42)).toBe('42');
  });
});
