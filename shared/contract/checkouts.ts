import { z } from 'zod';
import { CheckoutStage, DropOffStage } from '../domain/checkout-stage';
import { UtcInstant } from '../domain/time';
import { daysBetween } from '../domain/utc-day';
import { CurrencyCode } from '../money';
import { ItemKey } from './reconcile';

// Abandoned checkouts as the Checkouts page, the overview and the CLI see them. Amounts are
// integer minor units with their currency.

export const DayText = z.iso.date();
export type DayText = z.infer<typeof DayText>;

export const CheckoutFilter = z
  .object({
    /** Default: every drop-off stage. */
    stages: z.array(DropOffStage).min(1).max(4).optional(),
    /** Sessions started on or after this UTC day. */
    from: DayText.optional(),
    /** Sessions started on or before this UTC day. */
    to: DayText.optional(),
    currency: CurrencyCode.optional(),
    /** Matches the customer's name or email, the invoice reference or the session id. */
    search: z.string().trim().max(200).optional(),
    /** Default 'include'; a recovery list leaves out customers who came back and paid. */
    recovered: z.enum(['include', 'exclude', 'only']).optional(),
  })
  .strict();
export type CheckoutFilter = z.infer<typeof CheckoutFilter>;

export const CheckoutRow = z.object({
  sessionId: z.string(),
  stage: DropOffStage,
  /** Still open at the gateway (past the threshold); expired otherwise. */
  open: z.boolean(),
  /** The customer paid the same invoice later through another checkout. */
  recovered: z.boolean(),
  amountMinor: z.number().int().nullable(),
  currency: CurrencyCode.nullable(),
  startedAt: UtcInstant,
  customerName: z.string().nullable(),
  customerEmail: z.string().nullable(),
  invoiceReference: z.string().nullable(),
  paymentId: z.string().nullable(),
  /** The gateway's last payment error, for a declined checkout. */
  declineReason: z.string().nullable(),
  /** Where the customer can pick the checkout up again, when the gateway offers one. */
  recoveryUrl: z.string().nullable(),
  /** The reconciliation item of a paid-not-committed checkout's payment. */
  itemKey: ItemKey.nullable(),
});
export type CheckoutRow = z.infer<typeof CheckoutRow>;

export const CheckoutPage = z.object({
  rows: z.array(CheckoutRow),
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
});
export type CheckoutPage = z.infer<typeof CheckoutPage>;

export const FUNNEL_STEPS = ['started', 'card_submitted', 'authenticated', 'paid', 'committed'] as const;
export const FunnelStep = z.enum(FUNNEL_STEPS);
export type FunnelStep = z.infer<typeof FunnelStep>;

/** The step a drop-off stage keeps customers from reaching. */
export const STEP_AFTER: Readonly<Record<DropOffStage, Exclude<FunnelStep, 'started'>>> = {
  card_entry: 'card_submitted',
  three_d_secure: 'authenticated',
  declined_then_abandoned: 'paid',
  paid_not_committed: 'committed',
};

export const Funnel = z.object({
  from: DayText,
  to: DayText,
  /** Sessions still open and younger than the threshold: not counted as started yet. */
  inProgress: z.number().int().nonnegative(),
  steps: z.array(z.object({ step: FunnelStep, sessions: z.number().int().nonnegative() })),
  /** Between one step and the next: the stage where the sessions dropped off. */
  dropOffs: z.array(z.object({ stage: DropOffStage, sessions: z.number().int().nonnegative(), recovered: z.number().int().nonnegative() })),
});
export type Funnel = z.infer<typeof Funnel>;

export const CheckoutDay = z.object({
  day: DayText,
  started: z.number().int().nonnegative(),
  abandoned: z.record(DropOffStage, z.number().int().nonnegative()),
});
export type CheckoutDay = z.infer<typeof CheckoutDay>;

/** Longest range the funnel and the per-day counts take: two years of days. */
export const MAX_RANGE_DAYS = 731;

export const CheckoutRange = z
  .object({ from: DayText, to: DayText })
  .strict()
  .refine((range) => range.from <= range.to, { message: 'the first day must be on or before the last', path: ['to'] })
  .refine((range) => daysBetween(range.from, range.to) < MAX_RANGE_DAYS, {
    message: `at most ${MAX_RANGE_DAYS} days`,
    path: ['to'],
  });
export type CheckoutRange = z.infer<typeof CheckoutRange>;

export const CheckoutSettings = z
  .object({
    /** An open session with no succeeded payment counts as abandoned after this long. */
    abandonAfterMinutes: z.number().int().min(5).max(7 * 24 * 60),
  })
  .strict();
export type CheckoutSettings = z.infer<typeof CheckoutSettings>;

export const DEFAULT_CHECKOUT_SETTINGS: CheckoutSettings = { abandonAfterMinutes: 24 * 60 };

export { CheckoutStage, DropOffStage };
