import type { Database } from '../../db/database';
import { sql } from '../../db/sql';
import { referenceTokens } from '../engine/reference-tokens';
import type { EngineInput, EngineInvoice, EnginePayment } from '../engine/types';
import type { DirtyEntry } from './dirty';
import {
  ALLOCATION_FILTER,
  INVOICE_COLUMNS,
  PAYMENT_COLUMNS,
  toAllocation,
  toDecisions,
  toEngineInvoice,
  toEnginePayment,
  type AllocationRow,
  type DecisionRow,
  type InvoiceRow,
  type PaymentRow,
} from './source-rows';

/**
 * The part of the ledger a set of changes can affect, for an incremental run: the changed
 * records, everything linked to them (by reference, by billing's recorded reference, by a
 * person's decision — before and after the change), and every record of the same customers,
 * since suggestions pair records of one customer. Grown until nothing new joins, so the engine
 * sees each affected invoice and payment exactly as a full run would. Null when the part grows
 * past `limit` records: a full run is then cheaper.
 */
export function loadAffected(db: Database, dirty: readonly DirtyEntry[], limit: number): EngineInput | null {
  const closure = new Closure(db);
  for (const entry of dirty) {
    if (entry.entity === 'invoice') closure.wantInvoice(entry.key);
    else if (entry.entity === 'payment') closure.wantPayment(entry.key);
    else for (const token of referenceTokens(entry.key)) closure.wantInvoice(token);
  }
  if (!closure.grow(limit)) return null;
  return closure.input();
}

class Closure {
  readonly invoices = new Map<string, EngineInvoice>();
  readonly payments = new Map<string, EnginePayment>();
  private readonly invoiceRefs = new Set<string>();
  private readonly paymentRefs = new Set<string>();
  private readonly emails = new Set<string>();
  private readonly seenRefs = new Set<string>();
  private readonly seenEmails = new Set<string>();

  constructor(private readonly db: Database) {}

  wantInvoice(reference: string): void {
    if (!this.seenRefs.has(`i:${reference}`)) this.invoiceRefs.add(reference);
  }

  wantPayment(reference: string): void {
    if (!this.seenRefs.has(`p:${reference}`)) this.paymentRefs.add(reference);
  }

  private wantEmail(email: string | null): void {
    if (email && !this.seenEmails.has(email)) this.emails.add(email);
  }

  grow(limit: number): boolean {
    while (this.invoiceRefs.size + this.paymentRefs.size + this.emails.size > 0) {
      for (const email of take(this.emails)) {
        this.seenEmails.add(email);
        this.db.all<InvoiceRow>(sql`SELECT ${INVOICE_COLUMNS} FROM invoices WHERE contact_email = ${email}`).forEach((row) => this.addInvoice(row));
        this.db.all<PaymentRow>(sql`SELECT ${PAYMENT_COLUMNS} FROM payments AS p WHERE p.customer_email = ${email}`).forEach((row) => this.addPayment(row));
      }
      for (const reference of take(this.invoiceRefs)) {
        this.seenRefs.add(`i:${reference}`);
        this.db
          .all<InvoiceRow>(sql`SELECT ${INVOICE_COLUMNS} FROM invoices WHERE number = ${reference} OR external_id = ${reference}`)
          .forEach((row) => this.addInvoice(row));
      }
      for (const reference of take(this.paymentRefs)) {
        this.seenRefs.add(`p:${reference}`);
        this.db
          .all<PaymentRow>(sql`SELECT ${PAYMENT_COLUMNS} FROM payments AS p WHERE p.id = ${reference} OR p.charge_id = ${reference}`)
          .forEach((row) => this.addPayment(row));
      }
      if (this.invoices.size + this.payments.size > limit) return false;
    }
    return true;
  }

  input(): EngineInput {
    const allocations: AllocationRow[] = [];
    const decisions = new Map<string, DecisionRow>();
    for (const number of this.invoices.keys()) {
      allocations.push(
        ...this.db.all<AllocationRow>(sql`SELECT invoice_number, reference, amount_minor FROM invoice_payments WHERE invoice_number = ${number} AND ${ALLOCATION_FILTER}`),
      );
      for (const row of this.db.all<DecisionRow>(sql`SELECT invoice_number, payment_id, state FROM match_links WHERE invoice_number = ${number} AND decided_by IS NOT NULL`)) {
        decisions.set(`${row.invoice_number}\u0000${row.payment_id}`, row);
      }
    }
    return {
      invoices: [...this.invoices.values()],
      payments: [...this.payments.values()],
      allocations: allocations.map(toAllocation),
      decisions: toDecisions([...decisions.values()]),
    };
  }

  private addInvoice(row: InvoiceRow): void {
    if (this.invoices.has(row.number)) return;
    const invoice = toEngineInvoice(row);
    this.invoices.set(invoice.number, invoice);
    this.wantEmail(invoice.customerEmail);
    for (const name of [invoice.number, invoice.externalId]) {
      if (!name) continue;
      this.db.all<PaymentRow>(sql`SELECT ${PAYMENT_COLUMNS} FROM payments AS p WHERE p.invoice_reference = ${name}`).forEach((payment) => this.addPayment(payment));
      this.db
        .all<PaymentRow>(sql`SELECT ${PAYMENT_COLUMNS} FROM payments AS p WHERE p.invoice_reference GLOB '*[,; ]*' AND instr(p.invoice_reference, ${name}) > 0`)
        .filter((payment) => referenceTokens(payment.invoice_reference).includes(name))
        .forEach((payment) => this.addPayment(payment));
    }
    for (const { reference } of this.db.all<{ reference: string }>(sql`SELECT reference FROM invoice_payments WHERE invoice_number = ${invoice.number} AND ${ALLOCATION_FILTER}`)) {
      this.wantPayment(reference);
    }
    for (const { payment_id } of this.db.all<{ payment_id: string }>(sql`SELECT payment_id FROM match_links WHERE invoice_number = ${invoice.number}`)) {
      this.wantPayment(payment_id);
    }
  }

  private addPayment(row: PaymentRow): void {
    if (this.payments.has(row.id)) return;
    const payment = toEnginePayment(row);
    this.payments.set(payment.id, payment);
    this.wantEmail(payment.customerEmail);
    for (const token of referenceTokens(payment.invoiceReference)) this.wantInvoice(token);
    for (const reference of [payment.id, payment.chargeId]) {
      if (!reference) continue;
      for (const { invoice_number } of this.db.all<{ invoice_number: string }>(sql`SELECT invoice_number FROM invoice_payments WHERE reference = ${reference}`)) {
        this.wantInvoice(invoice_number);
      }
    }
    for (const { invoice_number } of this.db.all<{ invoice_number: string }>(sql`SELECT invoice_number FROM match_links WHERE payment_id = ${payment.id}`)) {
      this.wantInvoice(invoice_number);
    }
  }
}

/** Empties a set and returns what it held, so the loop can add to it while it works. */
function take(set: Set<string>): string[] {
  const items = [...set];
  set.clear();
  return items;
}
