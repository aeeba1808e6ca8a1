import { minorToDecimal } from '../../../../shared/money';

interface Evaluation {
  cls: string;
  currency: string;
  stake: number;
  total: number | null;
  billing: number;
  gateway: number;
  payments: string[];
}

function parse(fingerprint: string): Evaluation {
  const [cls = '', currency = '', stake = '0', total = '', billing = '0', gateway = '0', payments = ''] = fingerprint.split('|');
  return {
    cls,
    currency,
    stake: minorUnits(stake),
    total: total === '' ? null : minorUnits(total),
    billing: minorUnits(billing),
    gateway: minorUnits(gateway),
    payments: payments === '' ? [] : payments.split(','),
  };
}

/** The fingerprint holds integer minor units as written by fingerprintOf; anything else is a bug. */
function minorUnits(text: string): number {
  if (!/^-?\d+$/.test(text)) throw new Error(`not an amount in minor units: ${text}`);
  const value = Number.parseInt(text, 10);
  if (!Number.isSafeInteger(value)) throw new Error(`amount out of range: ${text}`);
  return value;
}

/** What changed between two evaluations of an item, in a finance user's words. */
export function describeChange(before: string, after: string): string {
  const a = parse(before);
  const b = parse(after);
  const money = (amount: number, currency: string): string => `${minorToDecimal(amount, currency)} ${currency}`;
  const parts: string[] = [];
  if (a.cls !== b.cls) parts.push(`class ${a.cls} → ${b.cls}`);
  if (a.currency !== b.currency) parts.push(`currency ${a.currency} → ${b.currency}`);
  if (a.stake !== b.stake) parts.push(`at stake ${money(a.stake, a.currency)} → ${money(b.stake, b.currency)}`);
  if (a.total !== b.total && a.total !== null && b.total !== null) parts.push(`invoice total ${money(a.total, a.currency)} → ${money(b.total, b.currency)}`);
  if (a.billing !== b.billing) parts.push(`billing paid ${money(a.billing, a.currency)} → ${money(b.billing, b.currency)}`);
  if (a.gateway !== b.gateway) parts.push(`gateway ${money(a.gateway, a.currency)} → ${money(b.gateway, b.currency)}`);
  const added = b.payments.filter((id) => !a.payments.includes(id));
  const removed = a.payments.filter((id) => !b.payments.includes(id));
  if (added.length > 0) parts.push(`payment${added.length > 1 ? 's' : ''} added: ${added.join(', ')}`);
  if (removed.length > 0) parts.push(`payment${removed.length > 1 ? 's' : ''} no longer linked: ${removed.join(', ')}`);
  return parts.length > 0 ? parts.join('; ') : 'the underlying records changed';
}
