import { z } from 'zod';
import { FailureClass } from '../domain/failure-class';
import { UtcInstant } from '../domain/time';
import { CurrencyCode } from '../money';
import { ItemKey } from './reconcile';

// The outbox as the Retransmissions page sees it: one row per intended transmission to billing,
// with its attempts. Amounts are integer minor units with their currency.

export const OUTBOX_STATES = ['pending', 'in_flight', 'succeeded', 'failed', 'dead', 'cancelled'] as const;
export const OutboxState = z.enum(OUTBOX_STATES);
export type OutboxState = z.infer<typeof OutboxState>;

export const OutboxId = z.number().int().positive();
export type OutboxId = z.infer<typeof OutboxId>;

/** Remarks go into the audit trail: required for anything done to many rows at once. */
const Remark = z.string().trim().min(1, 'a remark is required').max(500);

export const OutboxKind = z.enum(['billing_payment', 'webhook_event']);
export type OutboxKind = z.infer<typeof OutboxKind>;

export const OutboxFilter = z
  .object({
    /** Default: every state. */
    states: z.array(OutboxState).max(OUTBOX_STATES.length).optional(),
    failureClass: FailureClass.optional(),
    /** Default: both kinds. */
    kind: OutboxKind.optional(),
    /** Matches the invoice number or the payment id. */
    search: z.string().trim().max(200).optional(),
  })
  .strict();
export type OutboxFilter = z.infer<typeof OutboxFilter>;

export const OutboxRow = z.object({
  id: OutboxId,
  /** A gateway payment to record in billing, or a gateway event to re-send to the webhook endpoint. */
  kind: OutboxKind,
  idempotencyKey: z.string(),
  /** The billing connector, or the webhook endpoint. */
  connectorId: z.string(),
  /** Null for an event about a payment that pays no invoice. */
  invoiceNumber: z.string().nullable(),
  paymentId: z.string(),
  currency: CurrencyCode,
  amountMinor: z.number().int().positive(),
  paidOn: z.string(),
  /** The reconciliation item it came from, if any. */
  itemKey: ItemKey.nullable(),
  state: OutboxState,
  attempts: z.number().int().nonnegative(),
  maxAttempts: z.number().int().positive(),
  failureClass: FailureClass.nullable(),
  lastError: z.string().nullable(),
  /** When an automatic retry is due; null when none will happen by itself. */
  nextAttemptAt: UtcInstant.nullable(),
  /** Billing's id for the recorded payment, once it is there. */
  billingPaymentId: z.string().nullable(),
  /** The gateway event a webhook row re-sends, e.g. evt_1 payment_intent.succeeded. */
  eventId: z.string().nullable(),
  eventType: z.string().nullable(),
  createdBy: z.string(),
  createdAt: UtcInstant,
  updatedAt: UtcInstant,
});
export type OutboxRow = z.infer<typeof OutboxRow>;

export const OutboxPage = z.object({ total: z.number().int().nonnegative(), rows: z.array(OutboxRow) });
export type OutboxPage = z.infer<typeof OutboxPage>;

export const StateCount = z.object({ state: OutboxState, failureClass: FailureClass.nullable(), count: z.number().int().nonnegative() });
export type StateCount = z.infer<typeof StateCount>;

export const OutboxSummary = z.object({
  counts: z.array(StateCount),
  /** The soonest automatic retry, if any is scheduled. */
  nextAttemptAt: UtcInstant.nullable(),
});
export type OutboxSummary = z.infer<typeof OutboxSummary>;

export const AttemptOutcome = z.enum(['in_flight', 'already_recorded', 'posted', 'failed', 'interrupted']);
export type AttemptOutcome = z.infer<typeof AttemptOutcome>;

/** One try at a row: what was asked and answered, redacted and summarised. */
export const OutboxAttempt = z.object({
  attempt: z.number().int().positive(),
  startedAt: UtcInstant,
  finishedAt: UtcInstant.nullable(),
  outcome: AttemptOutcome,
  failureClass: FailureClass.nullable(),
  httpStatus: z.number().int().nullable(),
  exchanges: z.array(z.object({ request: z.string(), response: z.string() })),
  message: z.string().nullable(),
});
export type OutboxAttempt = z.infer<typeof OutboxAttempt>;

export const OutboxDetail = z.object({ row: OutboxRow, attempts: z.array(OutboxAttempt) });
export type OutboxDetail = z.infer<typeof OutboxDetail>;

/** What to act on: chosen rows, or every row matching a filter. */
export const OutboxSelection = z.discriminatedUnion('by', [
  z.object({ by: z.literal('ids'), ids: z.array(OutboxId).min(1).max(10_000) }).strict(),
  z.object({ by: z.literal('filter'), filter: OutboxFilter }).strict(),
]);
export type OutboxSelection = z.infer<typeof OutboxSelection>;

export const OutboxAction = z.enum(['retry', 'cancel', 'dead']);
export type OutboxAction = z.infer<typeof OutboxAction>;

/**
 * The states each action applies to; a row in any other state is skipped. A row in flight is
 * never touched (it may be landing right now), and only what is not recorded can be withdrawn.
 */
export const ACTION_APPLIES_TO: Readonly<Record<OutboxAction, readonly OutboxState[]>> = {
  retry: ['pending', 'failed', 'dead', 'cancelled'],
  cancel: ['pending', 'failed', 'dead'],
  dead: ['pending', 'failed'],
};

export const OutboxActionRequest = z
  .object({ action: OutboxAction, selection: OutboxSelection, remark: Remark.optional() })
  .strict()
  // Retrying one row needs no explanation; anything done to many, or a cancel, goes on record why.
  .refine((request) => request.remark !== undefined || (request.action === 'retry' && request.selection.by === 'ids' && request.selection.ids.length === 1), {
    message: 'a remark is required',
    path: ['remark'],
  });
export type OutboxActionRequest = z.infer<typeof OutboxActionRequest>;

export const OutboxActionOutcome = z.object({
  /** Rows the action changed; the others were in a state it does not apply to. */
  changed: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
});
export type OutboxActionOutcome = z.infer<typeof OutboxActionOutcome>;

/** The account billing records the money into (Xero's bank account code). */
export const AccountCode = z.string().trim().regex(/^[A-Za-z0-9._-]{1,10}$/, 'an account code such as 090');

export const PostToBilling = z.object({ key: ItemKey, accountCode: AccountCode, reason: z.string().trim().max(500).optional() }).strict();
export type PostToBilling = z.infer<typeof PostToBilling>;

/** What an action on an item queued: postings to billing, or events to re-send. */
export const PostToBillingOutcome = z.object({ queued: z.array(OutboxRow) });
export type PostToBillingOutcome = z.infer<typeof PostToBillingOutcome>;

/** Re-sends the gateway's "payment succeeded" event of each of the item's payments to the webhook endpoint. */
export const ResendEvents = z.object({ key: ItemKey, reason: z.string().trim().max(500).optional() }).strict();
export type ResendEvents = z.infer<typeof ResendEvents>;

/** The merchant's webhook endpoint, which Paydesk re-sends gateway events to, signed as the gateway signs them. */
export const WebhookEndpoint = z.object({
  url: z.string(),
  /** Where its signing secret is kept: the OS keychain, or this session's memory (the browser console). */
  secretKept: z.enum(['os_keychain', 'memory']),
  /** False when the address is known but the secret is not (a restart of the browser console): re-enter it. */
  ready: z.boolean(),
});
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;

export const ConfigureWebhook = z
  .object({
    url: z.string().trim().min(1).max(2_000),
    /** Stripe's endpoint secrets look like whsec_…; any long enough secret is accepted. */
    signingSecret: z.string().trim().min(16, 'a signing secret of at least 16 characters').max(200),
  })
  .strict();
export type ConfigureWebhook = z.infer<typeof ConfigureWebhook>;
