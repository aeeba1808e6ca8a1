import type { PaymentRecord, RefundRecord } from '../store/records';
import type { CellReader } from './cell-reader';
import type { HeaderColumns } from './header-columns';
import { at, optionalText } from './row-converter';

export const STRIPE_SOURCE = 'import:stripe-balance-report';

/** Without these a row cannot become a record that matches what a sync would store. */
export const STRIPE_REQUIRED = ['balance_transaction_id', 'created_utc', 'currency', 'gross', 'reporting_category', 'source_id', 'charge_id', 'payment_intent_id'] as const;

/** A refund before it is linked: the payment may only be known once the whole file is read. */
export interface RefundDraft {
  record: Omit<RefundRecord, 'paymentId'>;
  chargeId: string | null;
  paymentIntentId: string | null;
}

/**
 * One row of Stripe's itemized balance change report to a record. Pure conversion with the
 * shared converters: the same row always gives the same record, so the file can be checked on
 * a first reading and converted again on a second.
 */
export class StripeRows {
  private readonly balanceTransaction: number;
  private readonly created: number;
  private readonly currency: number;
  private readonly gross: number;
  private readonly category: number;
  private readonly source: number;
  private readonly charge: number;
  private readonly paymentIntent: number;
  private readonly customerId: number;
  private readonly customerEmail: number;
  private readonly invoiceId: number;
  private readonly invoiceReference: number;
  private readonly cardBrand: number;
  private readonly writtenNames = new Map<string, string>();

  constructor(
    private readonly head: HeaderColumns,
    private readonly cells: CellReader,
    invoiceReferenceKey = 'invoice_number',
  ) {
    this.balanceTransaction = head.index('balance_transaction_id');
    this.created = head.index('created_utc');
    this.currency = head.index('currency');
    this.gross = head.index('gross');
    this.category = head.index('reporting_category');
    this.source = head.index('source_id');
    this.charge = head.index('charge_id');
    this.paymentIntent = head.index('payment_intent_id');
    this.customerId = head.index('customer_id');
    this.customerEmail = head.index('customer_email');
    this.invoiceId = head.index('invoice_id');
    this.invoiceReference = head.index(`payment_metadata[${invoiceReferenceKey}]`);
    this.cardBrand = head.index('card_brand');
  }

  categoryOf(cells: readonly string[]): string {
    return at(cells, this.category).trim();
  }

  /** A charge row to a payment: id the PaymentIntent where there is one, else the charge. */
  payment(cells: readonly string[], line: number, withRaw: boolean): PaymentRecord | undefined {
    const paymentIntentId = optionalText(at(cells, this.paymentIntent));
    const chargeId = optionalText(at(cells, this.charge)) ?? optionalText(at(cells, this.source));
    const id = paymentIntentId ?? chargeId;
    const currency = this.cells.currency(at(cells, this.currency), line, this.column('currency'));
    const amountMinor = currency === undefined ? undefined : this.cells.amount(at(cells, this.gross), currency, line, this.column('gross'), 'amount');
    const createdAt = this.cells.reportTime(at(cells, this.created), line, this.column('created_utc'), 'created');
    if (id === null) {
      this.cells.problems.add({ row: line, column: this.column('charge_id'), field: 'id', value: '', reason: 'a charge row needs a charge_id or payment_intent_id' });
      return undefined;
    }
    if (amountMinor !== undefined && amountMinor <= 0) {
      this.cells.problems.add({ row: line, column: this.column('gross'), field: 'amount', value: at(cells, this.gross), reason: 'a charge should be a positive amount' });
      return undefined;
    }
    if (currency === undefined || amountMinor === undefined || createdAt === undefined) return undefined;
    return {
      id,
      chargeId,
      source: STRIPE_SOURCE,
      status: 'succeeded',
      amountMinor,
      currency,
      customerId: optionalText(at(cells, this.customerId)),
      customerEmail: optionalText(at(cells, this.customerEmail)),
      invoiceReference: optionalText(at(cells, this.invoiceReference)) ?? optionalText(at(cells, this.invoiceId)),
      cardBrand: optionalText(at(cells, this.cardBrand)),
      cardLast4: null,
      createdAt,
      updatedAt: createdAt,
      raw: withRaw ? this.head.rowObject(cells) : null,
    };
  }

  /** A refund row (gross negative) to a refund of the positive amount, not yet linked. */
  refund(cells: readonly string[], line: number, withRaw: boolean): RefundDraft | undefined {
    const sourceId = optionalText(at(cells, this.source));
    // The Refund object's id where the report gives it, as a sync would store it.
    const id = sourceId !== null && /^(re|pyr)_/.test(sourceId) ? sourceId : optionalText(at(cells, this.balanceTransaction));
    const currency = this.cells.currency(at(cells, this.currency), line, this.column('currency'));
    const gross = currency === undefined ? undefined : this.cells.amount(at(cells, this.gross), currency, line, this.column('gross'), 'amount');
    const createdAt = this.cells.reportTime(at(cells, this.created), line, this.column('created_utc'), 'created');
    if (id === null) {
      this.cells.problems.add({ row: line, column: this.column('source_id'), field: 'id', value: '', reason: 'a refund row needs a source_id or balance_transaction_id' });
      return undefined;
    }
    if (gross !== undefined && gross >= 0) {
      this.cells.problems.add({ row: line, column: this.column('gross'), field: 'amount', value: at(cells, this.gross), reason: 'a refund should be a negative amount' });
      return undefined;
    }
    if (currency === undefined || gross === undefined || createdAt === undefined) return undefined;
    return {
      record: { id, source: STRIPE_SOURCE, status: 'succeeded', amountMinor: -gross, currency, createdAt, raw: withRaw ? this.head.rowObject(cells) : null },
      chargeId: optionalText(at(cells, this.charge)),
      paymentIntentId: optionalText(at(cells, this.paymentIntent)),
    };
  }

  /** The header as the file writes it, for problems; cached because every bad row asks. */
  column(name: string): string {
    let written = this.writtenNames.get(name);
    if (written === undefined) {
      written = this.head.written(name);
      this.writtenNames.set(name, written);
    }
    return written;
  }
}
