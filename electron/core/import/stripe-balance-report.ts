import { CellReader } from './cell-reader';
import { HeaderColumns, missingColumnsReason } from './header-columns';
import { ownString } from './own-string';
import { ProblemList } from './problems';
import { countSkipped, emptyConverted, FileChangedError, type ConvertedFile, type PaymentLookup, type RecordSink, type RowConverter } from './row-converter';
import { STRIPE_REQUIRED, StripeRows } from './stripe-rows';

export { STRIPE_SOURCE } from './stripe-rows';

export interface StripeReportOptions {
  fileName: string;
  problems: ProblemList;
  lookup: PaymentLookup;
  /** The payment_metadata[KEY] column holding the invoice reference; default invoice_number. */
  invoiceReferenceKey?: string | undefined;
}

/** What a refund row needs once every row is read: which payment it gives money back on. */
interface RefundToLink {
  id: string;
  line: number;
  chargeId: string | null;
  paymentIntentId: string | null;
}

/**
 * Stripe's itemized balance change report (balance_change_from_activity.itemized): charge rows
 * become payments, refund rows refunds linked to their payment; fees, payouts and the rest are
 * counted and skipped. The first reading checks every row and keeps only ids (for repeats and
 * for linking refunds); saving reads the rows again and converts them the same way.
 */
export class StripeBalanceReport implements RowConverter {
  private rows: StripeRows | null = null;
  private head: HeaderColumns | null = null;
  private readonly result: ConvertedFile = emptyConverted();
  private readonly toLink: RefundToLink[] = [];
  /** Payment id → its line; charge id → payment id: repeats are problems, refunds link through them. */
  private readonly paymentLines = new Map<string, number>();
  private readonly charges = new Map<string, string>();
  private readonly refundLines = new Map<string, number>();
  /** Refund id → payment id, decided in finish() and used when the rows are read again. */
  private readonly linked = new Map<string, string>();

  constructor(private readonly options: StripeReportOptions) {}

  header(names: readonly string[]): boolean {
    const head = new HeaderColumns(names);
    const missing = head.missing(STRIPE_REQUIRED);
    if (missing.length > 0) {
      this.options.problems.add({ row: 1, reason: missingColumnsReason(missing, ' (choose them when downloading the report)') });
      return false;
    }
    this.head = head;
    this.rows = new StripeRows(head, new CellReader(this.options.fileName, this.options.problems), this.options.invoiceReferenceKey);
    return true;
  }

  row(cells: readonly string[], line: number): void {
    const rows = this.rows;
    if (!rows) return;
    const category = rows.categoryOf(cells);
    if (category === 'charge') {
      const payment = rows.payment(cells, line, false);
      if (!payment || !this.firstSighting(this.paymentLines, payment.id, line, 'payment_intent_id', 'payment')) return;
      if (payment.chargeId !== null && !this.newCharge(payment.chargeId, payment.id, line)) return;
      this.result.counts.payments += 1;
    } else if (category === 'refund') {
      const refund = rows.refund(cells, line, false);
      if (!refund || !this.firstSighting(this.refundLines, refund.record.id, line, 'source_id', 'refund')) return;
      // Kept past this piece of the file: copies, so the piece itself can go.
      this.toLink.push({ id: ownString(refund.record.id), line, chargeId: ownOrNull(refund.chargeId), paymentIntentId: ownOrNull(refund.paymentIntentId) });
    } else {
      countSkipped(this.result.skipped, category === '' ? 'uncategorised' : category);
    }
  }

  finish(): ConvertedFile {
    for (const refund of this.toLink) {
      const paymentId = this.refundedPayment(refund);
      if (paymentId !== undefined) this.linked.set(refund.id, paymentId);
    }
    this.result.counts.refunds = this.linked.size;
    // Only the refund links are needed from here on: free the ids of a million rows before saving.
    this.paymentLines.clear();
    this.charges.clear();
    this.refundLines.clear();
    this.toLink.length = 0;
    const head = this.head;
    if (head) {
      // A second reader with its own problem list: any problem now means the file changed.
      const again = new ProblemList();
      const rows = new StripeRows(head, new CellReader(this.options.fileName, again), this.options.invoiceReferenceKey);
      this.result.records = { kind: 'reread', convert: (cells, sink) => this.convertAgain(rows, again, cells, sink) };
    }
    return this.result;
  }

  private convertAgain(rows: StripeRows, problems: ProblemList, cells: readonly string[], sink: RecordSink): void {
    const category = rows.categoryOf(cells);
    if (category === 'charge') {
      const payment = rows.payment(cells, 0, true);
      if (!payment) throw new FileChangedError(this.options.fileName);
      sink.payment(payment);
    } else if (category === 'refund') {
      const refund = rows.refund(cells, 0, true);
      const paymentId = refund && this.linked.get(refund.record.id);
      if (!refund || paymentId === undefined) throw new FileChangedError(this.options.fileName);
      sink.refund({ ...refund.record, paymentId });
    }
    if (problems.count > 0) throw new FileChangedError(this.options.fileName);
  }

  /** The payment a refund gives money back on: named by the row, found in the file, or stored. */
  private refundedPayment(refund: RefundToLink): string | undefined {
    if (refund.paymentIntentId !== null) return refund.paymentIntentId;
    const column = this.column('charge_id');
    if (refund.chargeId === null) {
      this.options.problems.add({ row: refund.line, column, field: 'payment', value: '', reason: 'a refund row must name the refunded charge' });
      return undefined;
    }
    const paymentId = this.charges.get(refund.chargeId) ?? this.options.lookup.paymentIdForCharge(refund.chargeId);
    if (paymentId === undefined) {
      this.options.problems.add({
        row: refund.line,
        column,
        field: 'payment',
        value: refund.chargeId,
        reason: 'the refunded charge is neither in this file nor in Paydesk: import or sync that payment first',
      });
    }
    return paymentId;
  }

  /** A charge seen once in the file, and not stored under another payment id. */
  private newCharge(chargeId: string, paymentId: string, line: number): boolean {
    const seen = this.charges.get(chargeId);
    if (seen !== undefined) {
      const first = this.paymentLines.get(seen);
      this.options.problems.add({ row: line, column: this.column('charge_id'), field: 'charge', value: chargeId, reason: `the same charge is already on row ${first}` });
      return false;
    }
    this.charges.set(ownString(chargeId), ownString(paymentId));
    // The payments table allows one payment per charge: say so now rather than fail at saving.
    const stored = this.options.lookup.paymentIdForCharge(chargeId);
    if (stored !== undefined && stored !== paymentId) {
      this.options.problems.add({
        row: line,
        column: this.column('payment_intent_id'),
        field: 'id',
        value: paymentId,
        reason: `Paydesk already holds this charge (${chargeId}) as payment ${stored}`,
      });
      return false;
    }
    return true;
  }

  private firstSighting(lines: Map<string, number>, id: string, line: number, column: string, kind: string): boolean {
    const first = lines.get(id);
    if (first === undefined) {
      lines.set(ownString(id), line);
      return true;
    }
    this.options.problems.add({ row: line, column: this.column(column), field: 'id', value: id, reason: `the same ${kind} is already on row ${first}` });
    return false;
  }

  private column(name: string): string {
    return this.rows?.column(name) ?? name;
  }
}

function ownOrNull(text: string | null): string | null {
  return text === null ? null : ownString(text);
}
