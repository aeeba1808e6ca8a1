import { percentOf, splitInstalments } from './amounts';
import type { OrderContext } from './orders-shared';
import { abandonedCheckout, paidCheckout, pickAbandonedStage, postAfter } from './orders-shared';
import type { SandboxCustomer } from './types';

// Orders that end matched: G = B = T. Each variant exercises a different way of getting there.

const DAY = 86_400;

export function matched(ctx: OrderContext, customer: SandboxCustomer, t: number): void {
  const invoice = ctx.b.createInvoice(customer, t);
  const paid = paidCheckout(ctx, customer, ctx.b.after(t, 5, 120), [invoice], invoice.totalMinor);
  postAfter(ctx, invoice, invoice.totalMinor, paid.intent.id, paid.paidAt);
  ctx.truth.invoice(invoice, 'matched', [paid.intent.id]);
  ctx.truth.checkout(paid.session, 'completed');
}

/** Paid in two instalments, each its own checkout and its own billing payment. */
export function matchedInstalments(ctx: OrderContext, customer: SandboxCustomer, t: number): void {
  const { b } = ctx;
  const invoice = b.createInvoice(customer, t);
  const [first, second] = splitInstalments(b.rng, invoice.totalMinor, invoice.currency);
  const one = paidCheckout(ctx, customer, b.after(t, 5, 120), [invoice], first);
  postAfter(ctx, invoice, first, one.intent.id, one.paidAt);
  const two = paidCheckout(ctx, customer, b.after(one.paidAt, 2 * DAY, 25 * DAY), [invoice], second);
  postAfter(ctx, invoice, second, two.intent.id, two.paidAt);
  ctx.truth.invoice(invoice, 'matched', [one.intent.id, two.intent.id]);
  ctx.truth.checkout(one.session, 'completed');
  ctx.truth.checkout(two.session, 'completed');
}

/** One payment for two invoices: metadata lists both, billing allocates it to each. */
export function matchedSplit(ctx: OrderContext, customer: SandboxCustomer, t: number): void {
  const { b } = ctx;
  const first = b.createInvoice(customer, t);
  const second = b.createInvoice(customer, t);
  const paid = paidCheckout(ctx, customer, b.after(t, 5, 120), [first, second], first.totalMinor + second.totalMinor);
  postAfter(ctx, first, first.totalMinor, paid.intent.id, paid.paidAt);
  postAfter(ctx, second, second.totalMinor, paid.intent.id, paid.paidAt);
  ctx.truth.invoice(first, 'matched', [paid.intent.id]);
  ctx.truth.invoice(second, 'matched', [paid.intent.id]);
  ctx.truth.checkout(paid.session, 'completed');
}

/** A goodwill credit note lowers what is owed; the customer pays the rest. */
export function matchedCreditNote(ctx: OrderContext, customer: SandboxCustomer, t: number): void {
  const { b } = ctx;
  const invoice = b.createInvoice(customer, t);
  const credit = percentOf(b.rng, invoice.totalMinor, invoice.currency, 5, 15);
  b.addCreditNote(invoice, credit);
  const owed = invoice.totalMinor - credit;
  const paid = paidCheckout(ctx, customer, b.after(t, 600, 2 * DAY), [invoice], owed);
  postAfter(ctx, invoice, owed, paid.intent.id, paid.paidAt);
  ctx.truth.invoice(invoice, 'matched', [paid.intent.id]);
  ctx.truth.checkout(paid.session, 'completed');
}

/** Paid through an old Charges API integration: the payment id is the charge id. */
export function matchedLegacyCharge(ctx: OrderContext, customer: SandboxCustomer, t: number): void {
  const { b } = ctx;
  const invoice = b.createInvoice(customer, t);
  const charge = b.legacyCharge({ customer, currency: invoice.currency, amountMinor: invoice.totalMinor, at: b.after(t, 600, 3 * DAY), invoiceNumbers: [invoice.invoiceNumber], description: 'Invoice payment (legacy integration)' });
  postAfter(ctx, invoice, invoice.totalMinor, charge.id, charge.created);
  ctx.truth.invoice(invoice, 'matched', [charge.id]);
}

/** Charged twice, and the merchant already refunded the duplicate: nets back to matched. */
export function matchedDuplicateRefunded(ctx: OrderContext, customer: SandboxCustomer, t: number): void {
  const { b } = ctx;
  const invoice = b.createInvoice(customer, t);
  const paid = paidCheckout(ctx, customer, b.after(t, 5, 120), [invoice], invoice.totalMinor);
  postAfter(ctx, invoice, invoice.totalMinor, paid.intent.id, paid.paidAt);
  const retry = b.succeededIntent({ customer, currency: invoice.currency, amountMinor: invoice.totalMinor, at: b.after(paid.paidAt, 60, 1800), invoiceNumbers: [invoice.invoiceNumber], description: 'Retry after timeout' });
  const retryCharge = b.chargeOf(retry);
  b.refund(retryCharge, retryCharge.amountMinor, b.after(retryCharge.created, 3600, 3 * DAY), 'duplicate');
  ctx.truth.invoice(invoice, 'matched', [paid.intent.id, retry.id]);
  ctx.truth.checkout(paid.session, 'completed');
}

/** The first checkout was abandoned; the customer came back the next days and paid. */
export function matchedRecovered(ctx: OrderContext, customer: SandboxCustomer, t: number): void {
  const { b } = ctx;
  const invoice = b.createInvoice(customer, t);
  const stage = pickAbandonedStage(ctx);
  const abandoned = abandonedCheckout(ctx, customer, b.after(t, 5, 120), invoice, invoice.totalMinor, stage);
  const paid = paidCheckout(ctx, customer, b.after(abandoned.session.expiresAt, 600, 2 * DAY), [invoice], invoice.totalMinor);
  postAfter(ctx, invoice, invoice.totalMinor, paid.intent.id, paid.paidAt);
  ctx.truth.invoice(invoice, 'matched', [paid.intent.id]);
  ctx.truth.checkout(abandoned.session, stage, true);
  ctx.truth.checkout(paid.session, 'completed');
}
