import type { EngineInput, EnginePayment } from '../../electron/core/reconcile/engine/types';
import type { SandboxDataset } from '../../electron/sandbox';
import { amountCreditedMinor, amountPaidMinor, invoiceStatus } from '../../electron/sandbox/dataset/invoice-math';

// The sandbox's seeded world as the engine would read it from a faithful local copy, derived
// straight from the dataset (not through the connectors), for tests against the ground truth.

const iso = (unixSeconds: number): string => new Date(unixSeconds * 1000).toISOString();

export function ledgerOf(dataset: SandboxDataset): EngineInput {
  const { gateway, billing } = dataset;
  const refunded = new Map<string, number>();
  for (const refund of gateway.refunds) {
    const paymentId = refund.paymentIntentId ?? refund.chargeId;
    refunded.set(paymentId, (refunded.get(paymentId) ?? 0) + refund.amountMinor);
  }
  const contacts = new Map(billing.contacts.map((contact) => [contact.contactId, contact]));
  const payments: EnginePayment[] = gateway.paymentIntents.map((intent) => ({
    id: intent.id,
    chargeId: intent.latestChargeId,
    succeeded: intent.status === 'succeeded',
    currency: intent.currency,
    amountMinor: intent.amountMinor,
    refundedMinor: refunded.get(intent.id) ?? 0,
    customerEmail: intent.receiptEmail,
    invoiceReference: intent.metadata['invoice_number'] ?? null,
    createdAt: iso(intent.created),
  }));
  for (const charge of gateway.charges) {
    if (charge.paymentIntentId !== null) continue;
    payments.push({
      id: charge.id,
      chargeId: charge.id,
      succeeded: charge.status === 'succeeded',
      currency: charge.currency,
      amountMinor: charge.amountMinor,
      refundedMinor: refunded.get(charge.id) ?? 0,
      customerEmail: charge.billingEmail,
      invoiceReference: charge.metadata['invoice_number'] ?? null,
      createdAt: iso(charge.created),
    });
  }
  return {
    invoices: billing.invoices.map((invoice) => ({
      number: invoice.invoiceNumber,
      externalId: invoice.invoiceId,
      status: invoiceStatus(invoice),
      currency: invoice.currency,
      totalMinor: invoice.totalMinor,
      creditedMinor: amountCreditedMinor(invoice),
      paidMinor: amountPaidMinor(invoice),
      customerName: contacts.get(invoice.contactId)?.name ?? null,
      customerEmail: contacts.get(invoice.contactId)?.email ?? null,
      date: invoice.date,
    })),
    payments,
    allocations: billing.invoices.flatMap((invoice) =>
      invoice.payments
        .filter((payment) => payment.reference !== '')
        .map((payment) => ({ invoiceNumber: invoice.invoiceNumber, reference: payment.reference, amountMinor: payment.amountMinor })),
    ),
    decisions: { manualLinks: [], removedLinks: [], rejectedSuggestions: [] },
  };
}

/** The truth as "class payments…" per invoice and per orphan payment, for comparing with an engine's output. */
export function truthLines(dataset: SandboxDataset): string[] {
  return [
    ...dataset.truth.invoices.map((truth) => `invoice ${truth.invoiceNumber} ${truth.class} ${truth.currency} [${[...truth.paymentIds].sort().join(' ')}]`),
    ...dataset.truth.orphanPayments.map((orphan) => `payment ${orphan.paymentId} orphan_payment ${orphan.currency} [${orphan.paymentId}]`),
  ].sort();
}
