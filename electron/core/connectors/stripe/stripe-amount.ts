import { currencyExponent } from '../../../../shared/currencies';
import { integerMinor } from '../../convert/amount';
import { ConversionError, type ValueLocation } from '../../convert/conversion-error';

// Stripe counts amounts in "the currency's smallest unit" by its own table, which mostly but not
// always agrees with ISO 4217: it treats MGA as zero-decimal (ISO: two), and keeps ISK as
// two-decimal for backwards compatibility (ISO: zero), among others. Paydesk stores ISO minor
// units everywhere, so the difference is bridged here, exactly. Source: Stripe's currency guide
// (zero-decimal list, three-decimal list, special cases).

const STRIPE_ZERO_DECIMAL = new Set([
  'BIF', 'CLP', 'DJF', 'GNF', 'JPY', 'KMF', 'KRW', 'MGA', 'PYG', 'RWF', 'UGX', 'VND', 'VUV', 'XAF', 'XOF', 'XPF',
]);
const STRIPE_THREE_DECIMAL = new Set(['BHD', 'JOD', 'KWD', 'OMR', 'TND']);

/** How many decimals Stripe's integer amounts carry for a currency (upper case). */
export function stripeExponent(currency: string): number {
  if (STRIPE_ZERO_DECIMAL.has(currency)) return 0;
  if (STRIPE_THREE_DECIMAL.has(currency)) return 3;
  return 2;
}

/**
 * A Stripe `amount` (integer, Stripe's units) in ISO minor units of `currency` (upper case, known).
 * Where Stripe counts finer units than ISO (ISK), an amount that does not divide evenly is an
 * error: it would have to be rounded.
 */
export function stripeAmountToMinor(value: unknown, currency: string, location: ValueLocation): number {
  const amount = integerMinor(value, location);
  const iso = currencyExponent(currency);
  if (iso === undefined) throw new ConversionError(location, currency, 'not an ISO 4217 currency code');
  const shift = iso - stripeExponent(currency);
  if (shift === 0) return amount;
  if (shift > 0) {
    const minor = amount * 10 ** shift;
    if (!Number.isSafeInteger(minor)) throw new ConversionError(location, String(amount), 'too large');
    return minor;
  }
  const divisor = 10 ** -shift;
  if (amount % divisor !== 0) {
    throw new ConversionError(location, String(amount), `${currency} allows ${iso} decimal place${iso === 1 ? '' : 's'}`);
  }
  return amount / divisor;
}
