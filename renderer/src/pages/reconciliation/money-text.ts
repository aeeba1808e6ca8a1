import { formatMoney } from '../../../../shared/money';

/** "$1,234.50", "¥1,200", "KWD 1.250": an amount always with its own currency. */
export function moneyText(amountMinor: number, currency: string, locale?: string): string {
  return formatMoney({ amountMinor, currency }, locale);
}

/** A difference with its sign spelled out, "+$12.00" or "−$12.00", so its direction is never lost. */
export function signedMoneyText(amountMinor: number, currency: string, locale?: string): string {
  const magnitude = moneyText(Math.abs(amountMinor), currency, locale);
  if (amountMinor > 0) return `+${magnitude}`;
  if (amountMinor < 0) return `−${magnitude}`;
  return magnitude;
}

/** Which side holds more, in words, for G − B. */
export function differenceMeaning(differenceMinor: number): string {
  if (differenceMinor > 0) return 'the gateway holds more than billing shows';
  if (differenceMinor < 0) return 'billing shows more than the gateway holds';
  return 'both sides agree';
}
