import type { EngineInvoice } from './types';

/** Billing statuses of an invoice that asks the customer for nothing. */
const INACTIVE = new Set(['VOIDED', 'DELETED', 'DRAFT']);

export function isInactive(invoice: EngineInvoice): boolean {
  return INACTIVE.has(invoice.status);
}

/** T: what the invoice asks for — its total less credit notes; nothing once voided. */
export function owedMinor(invoice: EngineInvoice): number {
  return isInactive(invoice) ? 0 : invoice.totalMinor - invoice.creditedMinor;
}
