import type { EngineInvoice, EnginePayment } from './types';

/** Invoices by number and by billing's own id: the two things gateway metadata may name. */
export class InvoiceIndex {
  private readonly byNumber = new Map<string, EngineInvoice>();
  private readonly byExternalId = new Map<string, EngineInvoice>();

  constructor(invoices: readonly EngineInvoice[]) {
    for (const invoice of invoices) {
      this.byNumber.set(invoice.number, invoice);
      if (invoice.externalId) this.byExternalId.set(invoice.externalId, invoice);
    }
  }

  get size(): number {
    return this.byNumber.size;
  }

  find(reference: string): EngineInvoice | undefined {
    const invoice = this.byNumber.get(reference);
    if (invoice !== undefined || this.byExternalId.size === 0) return invoice;
    return this.byExternalId.get(reference);
  }

  byNumberOnly(number: string): EngineInvoice | undefined {
    return this.byNumber.get(number);
  }
}

/** Payments by their id and by their charge id: billing may have recorded either. */
export class PaymentIndex {
  private readonly byId = new Map<string, EnginePayment>();
  /** Built on the first reference that is not a payment id: most ledgers never need it. */
  private byChargeId: Map<string, EnginePayment> | null = null;

  constructor(private readonly payments: readonly EnginePayment[]) {
    for (const payment of payments) this.byId.set(payment.id, payment);
  }

  find(reference: string): EnginePayment | undefined {
    return this.byId.get(reference) ?? this.chargeIndex().get(reference);
  }

  private chargeIndex(): Map<string, EnginePayment> {
    if (!this.byChargeId) {
      this.byChargeId = new Map();
      for (const payment of this.payments) if (payment.chargeId) this.byChargeId.set(payment.chargeId, payment);
    }
    return this.byChargeId;
  }

  byIdOnly(id: string): EnginePayment | undefined {
    return this.byId.get(id);
  }
}
