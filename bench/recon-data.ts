// The data of the reconciliation benchmark: a Stripe itemized balance report and a Xero sales
// invoice export that disagree in known ways, written as the presets read them (DESIGN.md "File
// formats the presets read"). Streamed: rows are joined in blocks and written as they are made.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

export const STRIPE_HEADER = [
  'balance_transaction_id', 'created_utc', 'available_on_utc', 'currency', 'gross', 'fee', 'net', 'reporting_category',
  'source_id', 'description', 'customer_id', 'customer_email', 'charge_id', 'payment_intent_id', 'invoice_id',
  'card_brand', 'payment_metadata[invoice_number]', 'payment_metadata[order_id]',
];

export const XERO_HEADER = [
  'ContactName', 'EmailAddress', 'POAddressLine1', 'POAddressLine2', 'POCity', 'PORegion', 'POPostalCode', 'POCountry',
  'InvoiceNumber', 'Reference', 'InvoiceDate', 'DueDate', 'PlannedDate', 'Total', 'TaxTotal', 'InvoiceAmountPaid',
  'InvoiceAmountDue', 'InventoryItemCode', 'Description', 'Quantity', 'UnitAmount', 'Discount', 'LineAmount', 'AccountCode',
  'TaxType', 'TaxAmount', 'TrackingName1', 'TrackingOption1', 'TrackingName2', 'TrackingOption2', 'Currency', 'Type', 'Sent', 'Status',
];

/** What each invoice is made to be, by its index modulo 100; the engine must find exactly this. */
export type PlannedClass = 'matched' | 'unposted_payment' | 'refund_not_reflected' | 'amount_mismatch' | 'missing_payment' | 'unpaid';

export function plannedClass(index: number): PlannedClass {
  const slot = index % 100;
  if (slot < 90) return 'matched';
  if (slot < 92) return 'unposted_payment';
  if (slot < 94) return 'refund_not_reflected';
  if (slot < 96) return 'amount_mismatch';
  if (slot < 98) return 'missing_payment';
  return 'unpaid';
}

/** Half the currencies are USD; JPY has no decimals, KWD three. */
const CURRENCIES = [
  ...Array.from({ length: 10 }, () => ({ code: 'USD', exponent: 2 })),
  ...Array.from({ length: 4 }, () => ({ code: 'EUR', exponent: 2 })),
  ...Array.from({ length: 3 }, () => ({ code: 'GBP', exponent: 2 })),
  ...Array.from({ length: 2 }, () => ({ code: 'JPY', exponent: 0 })),
  { code: 'KWD', exponent: 3 },
];

const BRANDS = ['visa', 'mastercard', 'amex'];

export interface GeneratedCounts {
  invoices: number;
  invoiceRows: number;
  payments: number;
  refunds: number;
  orphans: number;
  classes: Record<PlannedClass, number>;
}

/** A well-mixed 32-bit hash of an index, so currency, amount and lines do not follow the class. */
function mix(index: number): number {
  let h = Math.imul(index ^ 0x5bd1e995, 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 15), 0x297a2d39);
  return (h ^ (h >>> 15)) >>> 0;
}

function major(minor: number, exponent: number): string {
  if (exponent === 0) return String(minor);
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

function two(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** Day k of a calendar of 28-day months from 2026-01-01 (every real month has those days). */
function calendarDay(k: number): { year: number; month: string; day: string } {
  const month = Math.floor(k / 28);
  return { year: 2026 + Math.floor(month / 12), month: two(1 + (month % 12)), day: two(1 + (k % 28)) };
}

/** Collects rows and writes them in blocks, waiting when the file falls behind. */
class BlockWriter {
  private block: string[] = [];
  constructor(private readonly out: WriteStream) {}

  async add(row: string): Promise<void> {
    this.block.push(row);
    if (this.block.length >= 10_000) await this.flush();
  }

  async end(): Promise<void> {
    await this.flush();
    this.out.end();
    await once(this.out, 'finish');
  }

  private async flush(): Promise<void> {
    if (this.block.length === 0) return;
    const text = `${this.block.join('\n')}\n`;
    this.block = [];
    if (!this.out.write(text)) await once(this.out, 'drain');
  }
}

/**
 * Writes `invoices` invoices and as many payments: per hundred invoices, 96 with a payment
 * naming the invoice in payment_metadata[invoice_number] and 4 orphan payments naming nothing.
 */
export async function writeReconFiles(stripePath: string, xeroPath: string, invoices: number): Promise<GeneratedCounts> {
  const stripe = new BlockWriter(createWriteStream(stripePath));
  const xero = new BlockWriter(createWriteStream(xeroPath));
  await stripe.add(STRIPE_HEADER.join(','));
  await xero.add(XERO_HEADER.join(','));
  const counts: GeneratedCounts = {
    invoices,
    invoiceRows: 0,
    payments: 0,
    refunds: 0,
    orphans: 0,
    classes: { matched: 0, unposted_payment: 0, refund_not_reflected: 0, amount_mismatch: 0, missing_payment: 0, unpaid: 0 },
  };
  for (let index = 0; index < invoices; index += 1) {
    const h = mix(index);
    const currency = CURRENCIES[h % CURRENCIES.length] ?? { code: 'USD', exponent: 2 };
    const total = (currency.exponent === 0 ? 100 : 1000) + ((h >>> 5) % 200_000);
    const planned = plannedClass(index);
    counts.classes[planned] += 1;
    const number = `INV-${String(index + 1).padStart(7, '0')}`;
    const dayIndex = Math.floor((index * 336) / invoices);
    const customer = index % 200_000;
    const email = `billing${customer}@customer${customer % 97}.example`;
    const paid = planned === 'unposted_payment' || planned === 'unpaid' ? 0 : total;
    for (const row of xeroRows(index, h, number, dayIndex, customer, email, currency, total, paid)) {
      await xero.add(row);
      counts.invoiceRows += 1;
    }
    const gross = paymentGross(planned, total);
    const id = index.toString(36).padStart(7, '0');
    const created = paymentTime(dayIndex, index);
    if (gross !== null) {
      await stripe.add(chargeRow(`${id}A`, created, currency, gross, customer, email, number, index));
      counts.payments += 1;
      if (planned === 'refund_not_reflected') {
        // Full refunds and half refunds, a day after the charge.
        const refunded = index % 2 === 0 ? gross : Math.max(1, Math.floor(gross / 2));
        await stripe.add(refundRow(`${id}A`, paymentTime(dayIndex + 1, index), currency, refunded, customer, email));
        counts.refunds += 1;
      }
    } else {
      const orphanGross = (currency.exponent === 0 ? 50 : 500) + ((h >>> 9) % 50_000);
      await stripe.add(chargeRow(`${id}O`, created, currency, orphanGross, customer, email, '', index));
      counts.payments += 1;
      counts.orphans += 1;
    }
  }
  await Promise.all([stripe.end(), xero.end()]);
  return counts;
}

/** What the gateway took for an invoice, null when it took nothing. */
function paymentGross(planned: PlannedClass, total: number): number | null {
  switch (planned) {
    case 'matched':
    case 'unposted_payment':
    case 'refund_not_reflected':
      return total;
    case 'amount_mismatch':
      return total - Math.max(1, Math.floor(total / 100));
    case 'missing_payment':
    case 'unpaid':
      return null;
  }
}

function paymentTime(dayIndex: number, index: number): string {
  const { year, month, day } = calendarDay(dayIndex);
  const seconds = (index * 37) % 86_400;
  return `${year}-${month}-${day} ${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}

function chargeRow(id: string, created: string, currency: { code: string; exponent: number }, gross: number, customer: number, email: string, reference: string, index: number): string {
  const fee = Math.floor(gross * 0.029) + (currency.exponent === 0 ? 0 : 30);
  const charge = `ch_3P${id}Kx8vQ2mZbN4r`;
  const description = index % 10 === 0 ? `"Order ${index}, web store"` : `Order ${index}`;
  return [
    `txn_3P${id}Lq2wE9rT5yU1`, created, `${created.slice(0, 10)} 00:00:00`, currency.code.toLowerCase(), major(gross, currency.exponent),
    major(fee, currency.exponent), major(gross - fee, currency.exponent), 'charge', charge, description, `cus_R${customer.toString(36)}Qx`,
    email, charge, `pi_3P${id}Hn6jD3kS7aF0`, '', BRANDS[index % BRANDS.length] ?? 'visa', reference, `ord_${index}`,
  ].join(',');
}

function refundRow(id: string, created: string, currency: { code: string; exponent: number }, refunded: number, customer: number, email: string): string {
  const amount = major(-refunded, currency.exponent);
  return [
    `txn_3P${id}Rf5tG8hJ2kL4`, created, `${created.slice(0, 10)} 00:00:00`, currency.code.toLowerCase(), amount, major(0, currency.exponent),
    amount, 'refund', `re_3P${id}Zc1xV6bN9mQ3`, 'REFUND FOR CHARGE', `cus_R${customer.toString(36)}Qx`, email,
    `ch_3P${id}Kx8vQ2mZbN4r`, `pi_3P${id}Hn6jD3kS7aF0`, '', '', '', '',
  ].join(',');
}

/** One row per line item; about one invoice in seven has two lines. Dates are day/month/year. */
function xeroRows(
  index: number,
  h: number,
  number: string,
  dayIndex: number,
  customer: number,
  email: string,
  currency: { code: string; exponent: number },
  total: number,
  paid: number,
): string[] {
  const issued = calendarDay(dayIndex);
  const due = calendarDay(dayIndex + 14);
  const lines = (h >>> 3) % 7 === 0 ? [Math.floor(total * 0.6), total - Math.floor(total * 0.6)] : [total];
  const status = paid === 0 ? 'Awaiting Payment' : 'Paid';
  const invoiceStart = [`Customer ${customer}`, email, '12 Market Street', '', 'Springfield', '', '12345', 'United States', number, index % 3 === 0 ? `PO ${index}` : ''];
  const dates = [`${issued.day}/${issued.month}/${issued.year}`, `${due.day}/${due.month}/${due.year}`, ''];
  const amounts = [major(total, currency.exponent), major(0, currency.exponent), major(paid, currency.exponent), major(total - paid, currency.exponent)];
  return lines.map((amount, line) =>
    [
      ...invoiceStart, ...dates, ...amounts,
      line === 0 ? 'SUB-PRO' : 'ONB', line === 0 ? '"Pro plan, monthly"' : 'Onboarding session', '1.0000', major(amount, currency.exponent), '',
      major(amount, currency.exponent), '200', 'Tax Exempt', major(0, currency.exponent), 'Region', 'North America', '', '',
      currency.code, 'Sales invoice', 'Sent', status,
    ].join(','),
  );
}
