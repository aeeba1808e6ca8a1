import { isKnownCurrency } from '../../../shared/currencies';
import { MoneyParseError, parseDecimalToMinor } from '../../../shared/money';
import { ConversionError, type ValueLocation } from './conversion-error';

/** An ISO 4217 code from any source ("usd", "USD") in Paydesk's upper case; unknown is an error. */
export function toCurrency(value: unknown, location: ValueLocation): string {
  const text = typeof value === 'string' ? value.trim().toUpperCase() : '';
  if (!isKnownCurrency(text)) throw new ConversionError(location, String(value), 'not an ISO 4217 currency code');
  return text;
}

/**
 * A decimal amount in major units, as text ("12.30") or as a JSON number (Xero sends 12.3), to
 * integer minor units. A JSON number is read from its shortest decimal text, so a value that is
 * not exactly representable (0.30000000000000004) shows as too precise instead of being rounded.
 */
export function decimalToMinor(value: unknown, currency: string, location: ValueLocation): number {
  const text = typeof value === 'number' ? numberText(value) : typeof value === 'string' ? value : null;
  if (text === null) throw new ConversionError(location, String(value), 'expected a decimal amount');
  try {
    return parseDecimalToMinor(text, currency);
  } catch (error) {
    if (error instanceof MoneyParseError) throw new ConversionError(location, text, error.reason);
    throw error;
  }
}

/** An amount that is already integer minor units (Stripe's `amount`). */
export function integerMinor(value: unknown, location: ValueLocation): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new ConversionError(location, String(value), 'expected a whole number of minor units');
  }
  return value;
}

function numberText(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  const text = String(value);
  return /e/i.test(text) ? null : text;
}
