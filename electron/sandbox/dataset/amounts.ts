import type { Prng } from '../prng';
import type { SandboxCurrency } from './types';

// Realistic order sizes per currency, all in integer minor units. The log-uniform draw below uses
// a float only to pick a random magnitude; the result is rounded to whole minor units before it
// becomes money, and every later sum or split is integer arithmetic.

interface CurrencyProfile {
  /** Share of customers paying in this currency. */
  readonly weight: number;
  /** Smallest and largest unit price, in minor units. */
  readonly minUnitMinor: number;
  readonly maxUnitMinor: number;
  /** Prices are multiples of this. KWD must be a multiple of 10 fils: Stripe rejects others. */
  readonly stepMinor: number;
  readonly taxPercent: number;
  readonly taxType: string;
  readonly cardCountries: readonly string[];
  /** A flat shipping charge a checkout may add, and the smallest discount step. */
  readonly shippingMinor: readonly [number, number];
}

export const CURRENCY_PROFILES: Readonly<Record<SandboxCurrency, CurrencyProfile>> = {
  USD: { weight: 45, minUnitMinor: 1_500, maxUnitMinor: 60_000, stepMinor: 1, taxPercent: 8, taxType: 'OUTPUT', cardCountries: ['US'], shippingMinor: [499, 1_999] },
  EUR: { weight: 25, minUnitMinor: 1_500, maxUnitMinor: 50_000, stepMinor: 1, taxPercent: 20, taxType: 'OUTPUT2', cardCountries: ['DE', 'FR', 'NL', 'IE'], shippingMinor: [490, 1_490] },
  GBP: { weight: 15, minUnitMinor: 1_200, maxUnitMinor: 45_000, stepMinor: 1, taxPercent: 20, taxType: 'OUTPUT2', cardCountries: ['GB'], shippingMinor: [395, 995] },
  JPY: { weight: 10, minUnitMinor: 1_500, maxUnitMinor: 60_000, stepMinor: 10, taxPercent: 10, taxType: 'OUTPUT', cardCountries: ['JP'], shippingMinor: [500, 1_500] },
  KWD: { weight: 5, minUnitMinor: 5_000, maxUnitMinor: 180_000, stepMinor: 10, taxPercent: 0, taxType: 'NONE', cardCountries: ['KW'], shippingMinor: [1_000, 3_000] },
};

export const CURRENCY_WEIGHTS: Readonly<Record<SandboxCurrency, number>> = {
  USD: CURRENCY_PROFILES.USD.weight,
  EUR: CURRENCY_PROFILES.EUR.weight,
  GBP: CURRENCY_PROFILES.GBP.weight,
  JPY: CURRENCY_PROFILES.JPY.weight,
  KWD: CURRENCY_PROFILES.KWD.weight,
};

export function roundToStep(amountMinor: number, stepMinor: number): number {
  return Math.round(amountMinor / stepMinor) * stepMinor;
}

const PRODUCTS = [
  'Annual support plan', 'Standing desk', 'Ergonomic chair', 'Monitor arm', 'Cable kit',
  'Training workshop seat', 'Consulting hours', 'Replacement filter pack', 'Espresso beans 1kg',
  'Noise-cancelling headset', 'Laptop sleeve', 'Desk lamp', 'Onboarding package', 'Gift card',
] as const;

const LINE_COUNTS = { one: 70, two: 22, three: 8 } as const;

export interface GeneratedLine {
  readonly description: string;
  readonly quantity: number;
  readonly unitAmountMinor: number;
  readonly lineAmountMinor: number;
  readonly taxAmountMinor: number;
}

export interface GeneratedTotals {
  readonly lines: readonly GeneratedLine[];
  readonly subTotalMinor: number;
  readonly totalTaxMinor: number;
  readonly totalMinor: number;
}

function unitPrice(rng: Prng, profile: CurrencyProfile): number {
  const low = Math.log(profile.minUnitMinor);
  const high = Math.log(profile.maxUnitMinor);
  const raw = Math.round(Math.exp(low + rng.next() * (high - low)));
  return Math.max(profile.stepMinor, roundToStep(raw, profile.stepMinor));
}

/** One to three lines, tax exclusive, with per-line tax that sums to the invoice's tax. */
export function generateInvoiceLines(rng: Prng, currency: SandboxCurrency): GeneratedTotals {
  const profile = CURRENCY_PROFILES[currency];
  const count = rng.weighted(LINE_COUNTS);
  const lineCount = count === 'one' ? 1 : count === 'two' ? 2 : 3;
  const lines: GeneratedLine[] = [];
  for (let i = 0; i < lineCount; i += 1) {
    const quantity = rng.chance(0.8) ? 1 : rng.int(2, 3);
    const unitAmountMinor = unitPrice(rng, profile);
    const lineAmountMinor = unitAmountMinor * quantity;
    const taxAmountMinor = roundToStep(Math.round((lineAmountMinor * profile.taxPercent) / 100), profile.stepMinor);
    lines.push({ description: rng.pick(PRODUCTS), quantity, unitAmountMinor, lineAmountMinor, taxAmountMinor });
  }
  const subTotalMinor = lines.reduce((sum, line) => sum + line.lineAmountMinor, 0);
  const totalTaxMinor = lines.reduce((sum, line) => sum + line.taxAmountMinor, 0);
  return { lines, subTotalMinor, totalTaxMinor, totalMinor: subTotalMinor + totalTaxMinor };
}

/** Splits an amount into a first instalment of 30–70% and the rest, both positive. */
export function splitInstalments(rng: Prng, totalMinor: number, currency: SandboxCurrency): [number, number] {
  const step = CURRENCY_PROFILES[currency].stepMinor;
  const first = roundToStep(Math.round((totalMinor * rng.int(30, 70)) / 100), step);
  const bounded = Math.min(Math.max(first, step), totalMinor - step);
  return [bounded, totalMinor - bounded];
}

/** A percentage of an amount, rounded to the currency's step and at least one step. */
export function percentOf(rng: Prng, amountMinor: number, currency: SandboxCurrency, minPct: number, maxPct: number): number {
  const step = CURRENCY_PROFILES[currency].stepMinor;
  const part = roundToStep(Math.round((amountMinor * rng.int(minPct, maxPct)) / 100), step);
  return Math.min(Math.max(part, step), amountMinor - step);
}

export function shippingCharge(rng: Prng, currency: SandboxCurrency): number {
  const profile = CURRENCY_PROFILES[currency];
  const [min, max] = profile.shippingMinor;
  return roundToStep(rng.int(min, max), profile.stepMinor);
}

// Rough cross rates as integer ratios (USD cents per 100 minor units of the invoice currency),
// for the customer who paid in dollars for a euro or pound invoice.
const TO_USD_PER_100: Readonly<Partial<Record<SandboxCurrency, number>>> = { EUR: 108, GBP: 127 };

export function convertToUsd(amountMinor: number, from: SandboxCurrency): number {
  const rate = TO_USD_PER_100[from];
  if (rate === undefined) throw new RangeError(`no sandbox cross rate from ${from}`);
  return Math.round((amountMinor * rate) / 100);
}

export function cardCountry(rng: Prng, currency: SandboxCurrency): string {
  return rng.pick(CURRENCY_PROFILES[currency].cardCountries);
}

export function taxTypeOf(currency: SandboxCurrency): string {
  return CURRENCY_PROFILES[currency].taxType;
}
