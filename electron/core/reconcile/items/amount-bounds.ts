import { CURRENCY_EXPONENTS, currenciesWithExponent } from '../../../../shared/currencies';
import { joinSql, sql, type SqlFragment } from '../../db/sql';

/**
 * "At stake at least / at most X" where X is decimal text in major units: the same X means
 * 1,000 yen and 1,000.000 dinars, so the bound is turned into minor units once per exponent,
 * exactly (a lower bound rounds up, an upper bound rounds down, never through a float).
 */
export function amountBound(column: SqlFragment, decimal: string, side: 'min' | 'max'): SqlFragment {
  const parts = CURRENCY_EXPONENTS.map((exponent) => {
    const bound = toMinor(decimal, exponent, side);
    const codes = currenciesWithExponent(exponent);
    const list = joinSql(codes.map((code) => sql`${code}`), ', ');
    return side === 'min' ? sql`(currency IN (${list}) AND ${column} >= ${bound})` : sql`(currency IN (${list}) AND ${column} <= ${bound})`;
  });
  return sql`(${joinSql(parts, ' OR ')})`;
}

export function toMinor(decimal: string, exponent: number, side: 'min' | 'max'): number {
  const [whole = '0', fraction = ''] = decimal.split('.');
  const kept = fraction.slice(0, exponent).padEnd(exponent, '0');
  const dropped = fraction.slice(exponent);
  const minor = Number(whole) * 10 ** exponent + Number(kept || '0');
  // Beyond any amount that can be stored: the bound no longer needs to be exact.
  if (!Number.isSafeInteger(minor)) return Number.MAX_SAFE_INTEGER;
  return side === 'min' && /[1-9]/.test(dropped) ? minor + 1 : minor;
}
