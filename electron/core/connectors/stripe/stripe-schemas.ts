import { z } from 'zod';

// The parts of Stripe's objects Paydesk relies on, checked on every record: a renamed or missing
// field (an unannounced API change, a proxy rewriting bodies) must stop the sync with the field's
// name rather than store a wrong number. Unknown fields pass through untouched (loose objects),
// so the raw payload kept for audit is complete. Nullable fields must still be present: Stripe
// always sends them, so an absent one is drift, not "no value".

const id = z.string().min(1);
const unixSeconds = z.number().int().nonnegative();
const amount = z.number().int();
const metadata = z.record(z.string(), z.string()).nullable();
/** An id, or the object itself where a caller expanded it. */
const reference = z.union([id, z.looseObject({ id })]).nullable();

export const StripeList = z.looseObject({
  object: z.literal('list'),
  data: z.array(z.unknown()),
  has_more: z.boolean(),
});
export type StripeList = z.infer<typeof StripeList>;

export const StripePaymentIntent = z.looseObject({
  id,
  object: z.literal('payment_intent'),
  amount,
  currency: z.string(),
  status: z.string(),
  created: unixSeconds,
  customer: reference,
  receipt_email: z.string().nullable(),
  metadata,
  latest_charge: reference,
});
export type StripePaymentIntent = z.infer<typeof StripePaymentIntent>;

const CardDetails = z.looseObject({ brand: z.string().nullish(), last4: z.string().nullish() });

export const StripeCharge = z.looseObject({
  id,
  object: z.literal('charge'),
  amount,
  currency: z.string(),
  status: z.string(),
  created: unixSeconds,
  customer: reference,
  payment_intent: reference,
  receipt_email: z.string().nullable(),
  billing_details: z.looseObject({ email: z.string().nullable() }),
  metadata,
  payment_method_details: z.looseObject({ card: CardDetails.nullish() }).nullable(),
});
export type StripeCharge = z.infer<typeof StripeCharge>;

export const StripeRefund = z.looseObject({
  id,
  object: z.literal('refund'),
  amount,
  currency: z.string(),
  status: z.string().nullable(),
  created: unixSeconds,
  charge: reference,
  payment_intent: reference.optional(),
});
export type StripeRefund = z.infer<typeof StripeRefund>;

export const StripeCheckoutSession = z.looseObject({
  id,
  object: z.literal('checkout.session'),
  status: z.string().nullable(),
  payment_status: z.string().nullable(),
  amount_total: amount.nullable(),
  currency: z.string().nullable(),
  customer_email: z.string().nullable(),
  customer_details: z.looseObject({ email: z.string().nullable(), name: z.string().nullish() }).nullable(),
  client_reference_id: z.string().nullish(),
  metadata: metadata.optional(),
  payment_intent: reference,
  created: unixSeconds,
  expires_at: unixSeconds.nullable(),
  url: z.string().nullable(),
  after_expiration: z.looseObject({ recovery: z.looseObject({ url: z.string().nullish() }).nullish() }).nullish(),
});
export type StripeCheckoutSession = z.infer<typeof StripeCheckoutSession>;

export const StripeEvent = z.looseObject({
  id,
  object: z.literal('event'),
  type: z.string(),
  created: unixSeconds,
  data: z.looseObject({ object: z.looseObject({ id, object: z.string() }) }),
});
export type StripeEvent = z.infer<typeof StripeEvent>;

/** The id of a reference that may have been expanded into its object. */
export function referenceId(value: string | { id: string } | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : value.id;
}
