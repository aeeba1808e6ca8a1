import { z } from 'zod';

/**
 * Where a checkout session ended. The drop-off stages are in the order the customer meets them:
 * card entry, the bank's 3-D Secure challenge, the authorisation (declined), and finally the
 * merchant's own confirmation (paid at the gateway, never committed to billing).
 */
export const DROP_OFF_STAGES = ['card_entry', 'three_d_secure', 'declined_then_abandoned', 'paid_not_committed'] as const;
export const DropOffStage = z.enum(DROP_OFF_STAGES);
export type DropOffStage = z.infer<typeof DropOffStage>;

export const CHECKOUT_STAGES = ['completed', ...DROP_OFF_STAGES] as const;
export const CheckoutStage = z.enum(CHECKOUT_STAGES);
export type CheckoutStage = z.infer<typeof CheckoutStage>;

export const STAGE_LABELS: Readonly<Record<CheckoutStage, string>> = {
  completed: 'Completed',
  card_entry: 'Card entry',
  three_d_secure: '3-D Secure challenge',
  declined_then_abandoned: 'Declined, then abandoned',
  paid_not_committed: 'Paid, not committed',
};
