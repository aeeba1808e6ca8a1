import { z } from 'zod';
import { currencyExponent, isKnownCurrency } from './currencies';

/** ISO 4217 code, upper case, known to Paydesk. */
export const CurrencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'a three-letter upper-case ISO 4217 code')
  .refine(isKnownCurrency, 'an ISO 4217 currency code');
export type CurrencyCode = z.infer<typeof CurrencyCode>;

/** An amount in integer minor units (cents, yen, fils) with its currency. */
export const Money = z.object({
  amountMinor: z.number().int().refine(Number.isSafeInteger, 'a safe integer'),
  currency: CurrencyCode,
});
export type Money = z.infer<typeof Money>;

export class MoneyParseError extends Error {
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`"${input}" is not a valid amount: ${reason}`);
    this.name = 'MoneyParseError';
  }
}

function exponentOf(currency: string): number {
  const exponent = currencyExponent(currency.toUpperCase());
  if (exponent === undefined) throw new MoneyParseError(currency, 'unknown currency');
  return exponent;
}

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

/**
 * Parses a decimal string in major units ("12.30", "-5", "1000.125") into integer minor units,
 * exactly: digits are shifted as text, never through a float. More fractional digits than the
 * currency allows is an error unless the extra digits are all zero.
 */
export function parseDecimalToMinor(text: string, currency: string): number {
  const exponent = exponentOf(currency);
  const match = DECIMAL.exec(text.trim());
  if (!match) throw new MoneyParseError(text, 'expected digits with an optional "." fraction');
  const [, sign, whole = '', fraction = ''] = match;
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > exponent) {
    throw new MoneyParseError(
      text,
      `${currency.toUpperCase()} allows ${exponent} decimal place${exponent === 1 ? '' : 's'}`,
    );
  }
  const digits = whole + significant.padEnd(exponent, '0');
  const minor = Number(digits);
  if (!Number.isSafeInteger(minor)) throw new MoneyParseError(text, 'too large');
  return sign === '-' && minor !== 0 ? -minor : minor;
}

/** Formats integer minor units as a plain decimal string in major units ("-12.30"). */
export function minorToDecimal(amountMinor: number, currency: string): string {
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError(`${amountMinor} is not a safe integer`);
  const exponent = exponentOf(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const digits = Math.abs(amountMinor).toString().padStart(exponent + 1, '0');
  if (exponent === 0) return sign + digits;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/** Formats money for people ("$1,234.50", "¥1,200", "KWD 1.250") in the given locale. */
export function formatMoney(money: Money, locale?: string): string {
  const exponent = exponentOf(money.currency);
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });
  // Intl accepts a decimal string and formats it without converting through a float.
  return format.format(minorToDecimal(money.amountMinor, money.currency) as `${number}`);
}
