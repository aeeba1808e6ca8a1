import type { Mapping } from '../../../shared/contract/imports';

export type NumberStyle = Pick<Mapping, 'decimalSeparator' | 'thousandsSeparator'>;

/** Characters people's software writes for the same grouping mark. */
const THOUSANDS_VARIANTS: Readonly<Record<NumberStyle['thousandsSeparator'], string>> = {
  '': '',
  ',': ',',
  '.': '.',
  // Spreadsheets in French and other locales group with a no-break or narrow no-break space.
  ' ': ' \u00a0\u202f',
  // Swiss exports use an apostrophe, sometimes the typographic one.
  "'": "'\u2019",
};

/**
 * Reads numbers written the way a mapping says ("1.234,56" with a decimal comma and dot
 * thousands) into plain decimal text ("1234.56") for decimalToMinor, which checks precision.
 * Grouping is optional, but where present it must be in proper groups of three: "1.23,4" is
 * refused rather than guessed at. Returns null for anything that is not such a number.
 */
export function decimalTextReader(style: NumberStyle): (text: string) => string | null {
  const decimal = escapeForClass(style.decimalSeparator);
  const thousands = THOUSANDS_VARIANTS[style.thousandsSeparator];
  const grouped = thousands === '' ? '' : `\\d{1,3}(?:[${escapeForClass(thousands)}]\\d{3})+|`;
  const pattern = new RegExp(`^([+-])?(${grouped}\\d*)(?:[${decimal}](\\d+))?$`);
  const separators = thousands === '' ? null : new RegExp(`[${escapeForClass(thousands)}]`, 'g');
  return (text) => {
    const match = pattern.exec(text.trim());
    if (!match) return null;
    const [, sign = '', whole = '', fraction] = match;
    if (whole === '' && fraction === undefined) return null;
    const digits = separators ? whole.replace(separators, '') : whole;
    return `${sign === '-' ? '-' : ''}${digits === '' ? '0' : digits}${fraction === undefined ? '' : `.${fraction}`}`;
  };
}

/** How a mapping writes numbers, for messages: `"," for decimals and "." for thousands`. */
export function describeNumberStyle(style: NumberStyle): string {
  const thousands = style.thousandsSeparator === '' ? 'no thousands separator' : `"${style.thousandsSeparator}" for thousands`;
  return `"${style.decimalSeparator}" for decimals and ${thousands}`;
}

function escapeForClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, (c) => `\\${c}`);
}
