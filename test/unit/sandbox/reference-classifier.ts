import type { CheckoutStage, InvoiceReconciliationClass, SandboxDataset } from '../../../electron/sandbox';

// An independent, deliberately plain reading of DESIGN.md's rules, applied to the raw dataset.
// The ground truth the generator records must agree with it for every invoice and session:
// that proves the labels follow from the data, not from the generator's intentions.

interface PaymentFacts {
  readonly id: string;
  readonly currency: string;
  readonly amount: number;
  readonly refunded: number;
  readonly succeeded: boolean;
  readonly invoiceNumbers: readonly string[];
}

export interface ReferenceResult {
  readonly invoices: ReadonlyMap<string, { class: InvoiceReconciliationClass; paymentIds: string[] }>;
  readonly orphanPaymentIds: readonly string[];
  readonly stages: ReadonlyMap<string, CheckoutStage>;
}

export function classifyReference(dataset: SandboxDataset): ReferenceResult {
  const { gateway, billing } = dataset;
  const refundedBy = new Map<string, number>();
  for (const refund of gateway.refunds) {
    const key = refund.paymentIntentId ?? refund.chargeId;
    refundedBy.set(key, (refundedBy.get(key) ?? 0) + refund.amountMinor);
  }
  const numbersOf = (metadata: Readonly<Record<string, string>>): string[] => (metadata.invoice_number ? metadata.invoice_number.split(',') : []);
  const payments = new Map<string, PaymentFacts>();
  for (const pi of gateway.paymentIntents) {
    payments.set(pi.id, { id: pi.id, currency: pi.currency, amount: pi.amountMinor, refunded: refundedBy.get(pi.id) ?? 0, succeeded: pi.status === 'succeeded', invoiceNumbers: numbersOf(pi.metadata) });
  }
  for (const charge of gateway.charges) {
    if (charge.paymentIntentId !== null) continue;
    payments.set(charge.id, { id: charge.id, currency: charge.currency, amount: charge.amountMinor, refunded: refundedBy.get(charge.id) ?? 0, succeeded: charge.status === 'succeeded', invoiceNumbers: numbersOf(charge.metadata) });
  }

  const links = new Map<string, Set<string>>();
  const link = (invoiceNumber: string, paymentId: string): void => {
    const set = links.get(invoiceNumber) ?? new Set<string>();
    set.add(paymentId);
    links.set(invoiceNumber, set);
  };
  for (const payment of payments.values()) for (const number of payment.invoiceNumbers) link(number, payment.id);
  const postedReferences = new Set<string>();
  for (const invoice of billing.invoices) {
    for (const posted of invoice.payments) {
      postedReferences.add(posted.reference);
      if (payments.has(posted.reference)) link(invoice.invoiceNumber, posted.reference);
    }
  }

  const invoices = new Map<string, { class: InvoiceReconciliationClass; paymentIds: string[] }>();
  for (const invoice of billing.invoices) {
    const T = invoice.totalMinor - invoice.creditNotes.reduce((sum, note) => sum + note.appliedMinor, 0);
    const B = invoice.payments.reduce((sum, posted) => sum + posted.amountMinor, 0);
    const linked = [...(links.get(invoice.invoiceNumber) ?? [])].flatMap((id) => payments.get(id) ?? []);
    const succeeded = linked.filter((payment) => payment.succeeded);
    // A payment covering several invoices counts here for what billing allocated to this one.
    const portion = (payment: PaymentFacts, net: boolean): number =>
      payment.invoiceNumbers.length > 1
        ? invoice.payments.filter((posted) => posted.reference === payment.id).reduce((sum, posted) => sum + posted.amountMinor, 0)
        : payment.amount - (net ? payment.refunded : 0);
    const G = succeeded.reduce((sum, payment) => sum + portion(payment, true), 0);
    const gross = succeeded.reduce((sum, payment) => sum + portion(payment, false), 0);
    let cls: InvoiceReconciliationClass;
    if (linked.some((payment) => payment.currency !== invoice.currency)) cls = 'currency_mismatch';
    else if (G === B && B === T) cls = 'matched';
    else if (G === B && B < T) cls = 'unpaid';
    else if (G > B && B < T) cls = 'unposted_payment';
    else if (B === T && G > T && succeeded.length > 1 && succeeded.some((payment) => payment.amount >= T)) cls = 'duplicate_payment';
    else if (G < B && succeeded.some((payment) => payment.refunded > 0) && gross === B) cls = 'refund_not_reflected';
    else if (B > 0 && G === 0) cls = 'missing_payment';
    else cls = 'amount_mismatch';
    invoices.set(invoice.invoiceNumber, { class: cls, paymentIds: succeeded.map((payment) => payment.id).sort() });
  }

  const linkedIds = new Set([...links.values()].flatMap((set) => [...set]));
  const orphanPaymentIds = [...payments.values()].filter((payment) => payment.succeeded && !linkedIds.has(payment.id)).map((payment) => payment.id);

  const intents = new Map(gateway.paymentIntents.map((pi) => [pi.id, pi]));
  const stages = new Map<string, CheckoutStage>();
  for (const session of gateway.checkoutSessions) {
    const intent = session.paymentIntentId ? intents.get(session.paymentIntentId) : undefined;
    let stage: CheckoutStage;
    if (session.status === 'open') stage = 'open';
    else if (session.status === 'complete') stage = intent && postedReferences.has(intent.id) ? 'completed' : 'paid_not_committed';
    else if (!intent) stage = 'card_entry';
    else if (intent.status === 'requires_action') stage = 'three_d_secure';
    else stage = intent.lastPaymentError ? 'declined_then_abandoned' : 'card_entry';
    stages.set(session.id, stage);
  }
  return { invoices, orphanPaymentIds, stages };
}
