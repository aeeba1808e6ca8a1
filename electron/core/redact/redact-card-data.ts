// No card number or CVC ever reaches disk, a log or an export: everything stored passes here.

/** 13 to 19 digits, optionally grouped by single spaces or dashes, not part of a longer number. */
const CARD_LIKE = /(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])/g;

/** Keys whose values are card security codes: dropped whole, never masked. */
const CVC_KEYS = /^(cvc|cvv|cvv2|cvc2|cid|csc|security_?code|card_?code|card_?verification(_?value)?)$/i;

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let index = digits.length - 1; index >= 0; index -= 1) {
    let digit = digits.charCodeAt(index) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Identifiers whose digit runs are not card numbers, though one in ten passes Luhn by chance. */
const NOT_CARD_CONTEXTS = [
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, // UUIDs (Xero ids)
  /\/Date\(-?\d+(?:[+-]\d{4})?\)\//g, // Microsoft JSON dates (epoch milliseconds)
];

/**
 * What a card number becomes: its last four digits behind four bullets, with no space, so a
 * masked identifier (a payment id that was a card number) is still one word in keys and URLs.
 */
export const CARD_MASK = '••••';

/** Masks every Luhn-valid card number in a text to its last four digits. */
export function redactText(text: string): string {
  if (!/\d{4}/.test(text)) return text;
  const exempt = exemptSpans(text);
  return text.replace(CARD_LIKE, (match, offset: number) => {
    if (exempt.some(([start, end]) => offset >= start && offset < end)) return match;
    const digits = match.replace(/[ -]/g, '');
    return passesLuhn(digits) ? `${CARD_MASK}${digits.slice(-4)}` : match;
  });
}

function exemptSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const pattern of NOT_CARD_CONTEXTS) {
    for (const match of text.matchAll(pattern)) spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

/** A deep copy of a JSON-like value with card numbers masked and CVC fields removed. */
export function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) >= 1e12) {
    // A card number can arrive as a bare JSON number (beyond 2^53 too, digits rounded).
    const text = String(value);
    return redactText(text) === text ? value : redactText(text);
  }
  if (Array.isArray(value)) return value.map(redactValue);
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (!CVC_KEYS.test(key)) copy[key] = redactValue(inner);
    }
    return copy;
  }
  return value;
}

/** Anything in JSON text that could need redacting: a long digit run, or a CVC-like key. */
const NEEDS_REDACTION =
  /\d(?:[ -]?\d){12}|"(cvc|cvv|cvv2|cvc2|cid|csc|security_?code|card_?code|card_?verification(_?value)?)"\s*:/i;

/**
 * JSON text of a payload, redacted: the only form raw payloads are stored in. Most payloads
 * carry nothing to redact, so the text is scanned once and only walked when it might.
 */
export function redactedJson(value: unknown): string {
  const text = JSON.stringify(value);
  return NEEDS_REDACTION.test(text) ? JSON.stringify(redactValue(value)) : text;
}

/**
 * A canonical record (payment, invoice, …) with every text field redacted: ids, e-mails,
 * references and names can all hold what a person typed. `raw` is left for redactedJson.
 */
export function redactRecord<R extends object>(record: R): R {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) copy[key] = key !== 'raw' && typeof value === 'string' ? redactText(value) : value;
  return copy as R;
}
