import { convertToUsd, percentOf, shippingCharge, splitInstalments } from './amounts';
import type { OrderContext } from './orders-shared';
import { abandonedCheckout, paidCheckout, pickAbandonedStage, postAfter } from './orders-shared';
import type { SandboxCustomer } from './types';

// Orders that end in every class other than matched. Each comment gives the DESIGN.md rule the
// data satisfies (T total owed, B paid in billing, G linked succeeded gateway payments net of
// refunds), checked in DESIGN.md's order.

const DAY = 86_400;

/** G = B = 0 < T: invoiced, nobody has tried to pay yet. */
export function unpaidNoCheckout(ctx: OrderContext, customer: SandboxCustomer, t: number): void {
  const invoice = ctx.b.createInvoice(customer, t);
  ctx.truth.invoice(invoice, 'unpaid', []);
}

/** G = B = 0 < T, with a checkout that expired at a drop-off stage. */
export function unpaidAbandoned(ctx: OrderContext, customer: SandboxCustomer, t: number): void {
  const invoice = ctx.b.createInvoice(customer, t);
  const stage = pickAbandonedStage(ctx);
  const { session } = abandonedCheckout(ctx, customer, ctx.b.after(t, 5, 120), invoice, invoice.totalMinor, stage);
  ctx.truth.invoice(invoice, 'unpaid', []);
  ctx.truth.checkout(session, stage);
}

/** G = B < T: a deposit, recorded on both sides; the rest is still outstanding. */
export function unpaidDeposit(ctx: OrderContext, customer: SandboxCustomer, t: number): void {
  const { b } = ctx;
  const invoice = b.createInvoice(customer, t);
  const [deposit] = splitInstalments(b.rng, invoice.totalMinor, invoice.currency);
  const paid = paidCheckout(ctx, customer, b.after(t, 5, 120), [invoice], deposit);
  postAfter(ctx, invoice, deposit, paid.intent.id, paid.paidAt);
  ctx.truth.invoice(invoice, 'unpaid', [paid.intent.id]);
  ctx.truth.checkout(paid.session, 'completed');
}

/** G = B = 0 < T with a checkout still open: only orders from the last day have these. */
export function unpaidOpen(ctx: OrderContext, customer: SandboxCustomer, t: number): void {
  const invoice = ctx.b.createInvoice(customer, t);
  const session = ctx.b.session({ customer, currency: invoice.currency, at: ctx.b.after(t, 5, 120), invoiceNumbers: [invoice.invoiceNumber], subtotalMinor: invoice.totalMinor, outcome: { kind: 'open' } });
  ctx.truth.invoice(invoice, 'unpaid', []);
  ctx.truth.checkout(session, 'open');
}

/** G > B, B < T: paid at the gateway, the customer closed the pop-up, the order never committed. */
export function unposted(ctx: OrderContext, customer: SandboxCustomer, t: number): void {
  const invoice = ctx.b.createInvoice(customer, t);
  const paid = paidCheckout(ctx, customer, ctx.b.after(t, 5, 120), [invoice], invoice.totalMinor);
  ctx.truth.invoice(invoice, 'unposted_payment', [paid.intent.id]);
  ctx.truth.checkout(paid.session, 'paid_not_committed');
}

/** G = T > B > 0: the first instalment was recorded, the second never reached billing. */
export function unpostedInstalment(ctx: OrderContext, customer: SandboxCustomer, t: number): void {
  const { b } = ctx;
  const invoice = b.createInvoice(customer, t);
  const [first, second] = splitInstalments(b.rng, invoice.totalMinor, invoice.currency);
  const one = paidCheckout(ctx, customer, b.after(t, 5, 120), [invoice], first);
  postAfter(ctx, invoice, first, one.intent.id, one.paidAt);
  const two = paidCheckout(ctx, customer, b.after(one.paidAt, 2 * DAY, 25 * DAY), [invoice], second);
  ctx.truth.invoice(invoice, 'unposted_payment', [one.intent.id, two.intent.id]);
  ctx.truth.checkout(one.session, 'completed');
  ctx.truth.checkout(two.session, 'paid_not_committed');
}

/** B = T, G = 2T: the merchant's server timed out and charged again through the API. */
export function duplicatePayment(ctx: OrderContext, customer: SandboxCustomer, t: number): void {
  const { b } = ctx;
  const invoice = b.createInvoice(customer, t);
  const paid = paidCheckout(ctx, customer, b.after(t, 5, 120), [invoice], invoice.totalMinor);
  postAfter(ctx, invoice, invoice.totalMinor, paid.intent.id, paid.paidAt);
  const retry = b.succeededIntent({ customer, currency: invoice.currency, amountMinor: invoice.totalMinor, at: b.after(paid.paidAt, 60, 1800), invoiceNumbers: [invoice.invoiceNumber], description: 'Retry after timeout' });
  ctx.truth.invoice(invoice, 'duplicate_payment', [paid.intent.id, retry.id]);
  ctx.truth.checkout(paid.session, 'completed');
}

/** G = T − refund < B = T: refunded at the gateway, billing still shows it paid. */
export function refundNotReflected(ctx: OrderContext, customer: SandboxCustomer, t: number): void {
  const { b } = ctx;
  const invoice = b.createInvoice(customer, t);
  const paid = paidCheckout(ctx, customer, b.after(t, 5, 120), [invoice], invoice.totalMinor);
  postAfter(ctx, invoice, invoice.totalMinor, paid.intent.id, paid.paidAt);
  const charge = b.chargeOf(paid.intent);
  const amount = b.rng.chance(0.5) ? charge.amountMinor : percentOf(b.rng, charge.amountMinor, charge.currency, 20, 60);
  b.refund(charge, amount, b.after(paid.paidAt, 3600, 20 * DAY), 'requested_by_customer');
  ctx.truth.invoice(invoice, 'refund_not_reflected', [paid.intent.id]);
  ctx.truth.checkout(paid.session, 'completed');
}

/**
 * B = T, G = 0. Either the site posted the payment without checking the declined intent's status,
 * or someone typed a payment reference that does not exist at the gateway.
 */
export function missingPayment(ctx: OrderContext, customer: SandboxCustomer, t: number): void {
  const { b } = ctx;
  const invoice = b.createInvoice(customer, t);
  if (b.rng.chance(0.6)) {
    const { session, intent } = abandonedCheckout(ctx, customer, b.after(t, 5, 120), invoice, invoice.totalMinor, 'declined_then_abandoned');
    if (!intent) throw new Error('a declined checkout always has a payment intent');
    postAfter(ctx, invoice, invoice.totalMinor, intent.id, intent.created);
    ctx.truth.checkout(session, 'declined_then_abandoned');
  } else {
    postAfter(ctx, invoice, invoice.totalMinor, b.gatewayId('pi'), b.after(t, 3600, 2 * DAY));
  }
  ctx.truth.invoice(invoice, 'missing_payment', []);
}

/** G ≠ B with B = T: shipping added at checkout (over) or a coupon taken off (under). */
export function amountMismatch(ctx: OrderContext, customer: SandboxCustomer, t: number): void {
  const { b } = ctx;
  const invoice = b.createInvoice(customer, t);
  const over = b.rng.chance(0.5);
  const options = over
    ? { shippingMinor: shippingCharge(b.rng, invoice.currency) }
    : { discountMinor: percentOf(b.rng, invoice.totalMinor, invoice.currency, 5, 15) };
  const paid = paidCheckout(ctx, customer, b.after(t, 5, 120), [invoice], invoice.totalMinor, options);
  postAfter(ctx, invoice, invoice.totalMinor, paid.intent.id, paid.paidAt);
  ctx.truth.invoice(invoice, 'amount_mismatch', [paid.intent.id]);
  ctx.truth.checkout(paid.session, 'completed');
}

/** A euro or pound invoice paid in dollars; billing recorded it in the invoice's currency. */
export function currencyMismatch(ctx: OrderContext, customer: SandboxCustomer, t: number): void {
  const { b } = ctx;
  const currency = customer.currency === 'GBP' ? 'GBP' : 'EUR';
  const invoice = b.createInvoice(customer, t, currency);
  const usd = convertToUsd(invoice.totalMinor, currency);
  const paid = paidCheckout(ctx, customer, b.after(t, 5, 120), [invoice], usd, { currency: 'USD' });
  postAfter(ctx, invoice, invoice.totalMinor, paid.intent.id, paid.paidAt);
  ctx.truth.invoice(invoice, 'currency_mismatch', [paid.intent.id]);
  ctx.truth.checkout(paid.session, 'completed');
}

/** A phone order or payment link: money in, no invoice reference anywhere. */
export function orphanPayment(ctx: OrderContext, customer: SandboxCustomer, t: number): void {
  const { b } = ctx;
  const description = b.rng.pick(['Phone order', 'Payment link', 'Manual charge'] as const);
  const amountMinor = percentOf(b.rng, 100_000, customer.currency, 5, 90);
  const intent = b.succeededIntent({ customer, currency: customer.currency, amountMinor, at: t, invoiceNumbers: [], description });
  ctx.truth.orphan(intent);
}

/**
 * Paid through a payment link that carries no invoice reference: the money is an orphan payment
 * until a person confirms the suggestion that pairs it with the customer's unpaid invoice of the
 * same amount.
 */
export function paidByLink(ctx: OrderContext, customer: SandboxCustomer, t: number): void {
  const { b } = ctx;
  const invoice = b.createInvoice(customer, t);
  const intent = b.succeededIntent({ customer, currency: invoice.currency, amountMinor: invoice.totalMinor, at: b.after(t, DAY, 5 * DAY), invoiceNumbers: [], description: 'Payment link' });
  ctx.truth.invoice(invoice, 'unpaid', []);
  ctx.truth.orphan(intent);
  ctx.truth.suggestion(invoice, intent);
}
