import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { passesLuhn } from '../../electron/core/redact/redact-card-data';

export interface CardHit {
  file: string;
  offset: number;
  text: string;
}

/** 13 to 19 ASCII digits, each group joined by at most one space or dash. */
const CARD_LIKE = /(?<![0-9])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])/g;

/**
 * Digit runs that are not card numbers though a tenth of them pass Luhn: hex digests and ids
 * (SHA-256 of the audit chain, hashed keys), UUIDs and Microsoft JSON dates, as the redactor
 * itself exempts them.
 */
const NOT_CARDS = [/[0-9a-f]{32,}/g, /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, /\/Date\(-?\d+(?:[+-]\d{4})?\)\//g];

/**
 * ISO dates, blanked before the scan: SQLite writes a row's text columns with nothing between
 * them, so a date after a port or another date (an invoice's issue and due dates) reads as one
 * long digit run in the file.
 */
const ISO_DATE = /(?:19|20)\d\d-[01]\d-[0-3]\d/g;

/** Every Luhn-valid card-like run in the bytes (read as Latin-1, so each byte is one character). */
export function cardNumbersIn(bytes: Buffer, file: string): CardHit[] {
  const text = bytes.toString('latin1').replace(ISO_DATE, (date) => 'D'.repeat(date.length));
  const exempt: [number, number][] = [];
  for (const pattern of NOT_CARDS) for (const match of text.matchAll(pattern)) exempt.push([match.index, match.index + match[0].length]);
  const hits: CardHit[] = [];
  for (const match of text.matchAll(CARD_LIKE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (exempt.some(([from, to]) => start >= from && end <= to)) continue;
    if (passesLuhn(match[0].replace(/[ -]/g, ''))) {
      hits.push({ file, offset: start, text: text.slice(Math.max(0, start - 30), end + 30) });
    }
  }
  return hits;
}

/** Scans every file under a folder, byte by byte. */
export function cardNumbersUnder(dir: string): CardHit[] {
  return filesUnder(dir).flatMap((file) => cardNumbersIn(readFileSync(file), file));
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
