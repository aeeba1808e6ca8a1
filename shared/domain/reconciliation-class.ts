// DESIGN.md's reconciliation classes by their stable names, in the order they are checked: the UI,
// exports and the CLI all use these words.

export const RECONCILIATION_CLASSES = [
  'currency_mismatch',
  'matched',
  'unpaid',
  'unposted_payment',
  'duplicate_payment',
  'refund_not_reflected',
  'missing_payment',
  'amount_mismatch',
  'orphan_payment',
] as const;
export type ReconciliationClass = (typeof RECONCILIATION_CLASSES)[number];

/** The classes an invoice can have; orphan_payment belongs to a payment. */
export type InvoiceReconciliationClass = Exclude<ReconciliationClass, 'orphan_payment'>;

/** Matched and unpaid are states both sides agree on: everything else is an exception. */
export const NOT_EXCEPTIONS: readonly ReconciliationClass[] = ['matched', 'unpaid'];

export function isException(cls: ReconciliationClass): boolean {
  return !NOT_EXCEPTIONS.includes(cls);
}
