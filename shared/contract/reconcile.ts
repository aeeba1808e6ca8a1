import { z } from 'zod';
import { RECONCILIATION_CLASSES } from '../domain/reconciliation-class';
import { UtcInstant } from '../domain/time';
import { CurrencyCode } from '../money';

// The reconciliation workbench and month-end close as the UI sees them. Amounts are integer minor
// units with their currency; amount filters are decimal text in major units, converted per
// currency on the Node side so that "over 1,000" means 1,000 yen and 1,000 dinars alike.

export const ReconClass = z.enum(RECONCILIATION_CLASSES);
export type ReconClass = z.infer<typeof ReconClass>;

/** One reconciliation item: an invoice ("invoice:INV-1"), or a payment that links to none ("payment:pi_1"). */
export const ItemKey = z
  .string()
  .max(300)
  .regex(/^(invoice|payment):[^\s@]{1,200}(@\d{4}-\d{2})?$/, 'an item key (invoice:NUMBER or payment:ID)');
export type ItemKey = z.infer<typeof ItemKey>;

export const ItemState = z.enum(['open', 'resolved', 'accepted']);
export type ItemState = z.infer<typeof ItemState>;

export const Period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a period (YYYY-MM)');
export type Period = z.infer<typeof Period>;

export const AGE_BUCKETS = ['0-1', '2-7', '8-30', '31+'] as const;
export const AgeBucket = z.enum(AGE_BUCKETS);
export type AgeBucket = z.infer<typeof AgeBucket>;

const DecimalText = z.string().regex(/^\d{1,15}(\.\d{1,3})?$/, 'an amount like 1250.00');
const SearchText = z.string().trim().max(200);

export const ItemFilter = z
  .object({
    /** Default: every class except matched and unpaid, which are not exceptions. */
    classes: z.array(ReconClass).max(9).optional(),
    /** Default: open only. */
    states: z.array(ItemState).max(3).optional(),
    period: Period.optional(),
    currency: CurrencyCode.optional(),
    minAmount: DecimalText.optional(),
    maxAmount: DecimalText.optional(),
    /** Part of the customer's name or e-mail. */
    customer: SearchText.optional(),
    ageBucket: AgeBucket.optional(),
    /** Part of an invoice number or a payment id. */
    reference: SearchText.optional(),
  })
  .strict();
export type ItemFilter = z.infer<typeof ItemFilter>;

export const ItemSort = z.enum(['amount_desc', 'oldest_first', 'newest_first']);
export type ItemSort = z.infer<typeof ItemSort>;

export const ReconItem = z.object({
  key: ItemKey,
  class: ReconClass,
  state: ItemState,
  invoiceNumber: z.string().nullable(),
  /** Set on an orphan payment's item. */
  paymentId: z.string().nullable(),
  invoiceNumbers: z.array(z.string()),
  paymentIds: z.array(z.string()),
  currency: CurrencyCode,
  amountAtStakeMinor: z.number().int().nonnegative(),
  /** T: what the invoice asks for (total less credit notes). Null on an orphan payment. */
  totalMinor: z.number().int().nullable(),
  /** B: what billing records as paid. */
  billingMinor: z.number().int(),
  /** G: linked succeeded gateway payments net of refunds, in the item's currency. */
  gatewayMinor: z.number().int(),
  /** G − B: positive when the gateway holds more than billing shows. */
  differenceMinor: z.number().int(),
  customer: z.string().nullable(),
  /** The invoice date, or the payment date of an orphan payment. */
  itemDate: z.iso.date(),
  period: Period,
  ageDays: z.number().int().nonnegative(),
  /** Best open suggestion's score, when a person has one to confirm or reject. */
  suggestionScore: z.number().int().min(0).max(100).nullable(),
  /** Why the item was reopened, or raised after its period was closed. */
  note: z.string().nullable(),
  resolutionReason: z.string().nullable(),
  /** In a closed period: read-only. */
  sealed: z.boolean(),
});
export type ReconItem = z.infer<typeof ReconItem>;

export const ClassTotal = z.object({
  class: ReconClass,
  currency: CurrencyCode,
  count: z.number().int().nonnegative(),
  amountAtStakeMinor: z.number().int().nonnegative(),
});
export type ClassTotal = z.infer<typeof ClassTotal>;

export const ReconRun = z.object({
  finishedAt: UtcInstant,
  mode: z.enum(['full', 'incremental']),
  invoicesEvaluated: z.number().int().nonnegative(),
  paymentsEvaluated: z.number().int().nonnegative(),
  itemsChanged: z.number().int().nonnegative(),
  durationMs: z.number().int().nonnegative(),
});
export type ReconRun = z.infer<typeof ReconRun>;

export const ReconSummary = z.object({
  /** Money at stake by class and currency for the filter, never summed across currencies. */
  totals: z.array(ClassTotal),
  lastRun: ReconRun.nullable(),
  /** Changes since the last run are waiting to be reconciled. */
  pending: z.boolean(),
});
export type ReconSummary = z.infer<typeof ReconSummary>;

export const ItemPage = z.object({ total: z.number().int().nonnegative(), rows: z.array(ReconItem) });
export type ItemPage = z.infer<typeof ItemPage>;

export const LinkOrigin = z.enum(['reference', 'billing_reference', 'suggestion', 'manual']);
export type LinkOrigin = z.infer<typeof LinkOrigin>;

export const InvoiceView = z.object({
  number: z.string(),
  status: z.string(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  currency: CurrencyCode,
  totalMinor: z.number().int(),
  amountCreditedMinor: z.number().int(),
  amountPaidMinor: z.number().int(),
  amountDueMinor: z.number().int(),
  issuedOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  /** What billing recorded against it, with the reference it wrote. */
  billingPayments: z.array(
    z.object({ id: z.string(), kind: z.string(), amountMinor: z.number().int(), reference: z.string().nullable(), paidOn: z.string() }),
  ),
});
export type InvoiceView = z.infer<typeof InvoiceView>;

export const PaymentView = z.object({
  id: z.string(),
  chargeId: z.string().nullable(),
  status: z.string(),
  currency: CurrencyCode,
  amountMinor: z.number().int(),
  refundedMinor: z.number().int().nonnegative(),
  customerEmail: z.string().nullable(),
  invoiceReference: z.string().nullable(),
  cardBrand: z.string().nullable(),
  cardLast4: z.string().nullable(),
  createdAt: UtcInstant,
  /** How it is tied to the invoice on the left; null for a candidate not yet linked. */
  link: z.object({ origin: LinkOrigin, allocatedMinor: z.number().int() }).nullable(),
});
export type PaymentView = z.infer<typeof PaymentView>;

export const Suggestion = z.object({
  invoiceNumber: z.string(),
  paymentId: z.string(),
  score: z.number().int().min(0).max(100),
  reasons: z.array(z.string()),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const DecisionKind = z.enum(['confirm', 'reject', 'match', 'unmatch', 'resolve', 'accept', 'reopen']);
export type DecisionKind = z.infer<typeof DecisionKind>;

export const DecisionView = z.object({
  id: z.number().int(),
  at: UtcInstant,
  actor: z.string(),
  kind: DecisionKind,
  summary: z.string(),
  reason: z.string().nullable(),
  undone: z.boolean(),
});
export type DecisionView = z.infer<typeof DecisionView>;

export const ItemDetail = z.object({
  item: ReconItem,
  /** The invoice(s) on the left: one for an invoice item, the suggested ones for an orphan payment. */
  invoices: z.array(InvoiceView),
  /** Linked payments on the right (refunds netted in refundedMinor). */
  payments: z.array(PaymentView),
  suggestions: z.array(Suggestion),
  history: z.array(DecisionView),
});
export type ItemDetail = z.infer<typeof ItemDetail>;

export const RawRecord = z.object({ entity: z.enum(['invoice', 'payment']), id: z.string().min(1).max(200) }).strict();

export const CandidateQuery = z
  .object({
    key: ItemKey,
    amount: DecimalText.optional(),
    dateFrom: z.iso.date().optional(),
    dateTo: z.iso.date().optional(),
    customer: SearchText.optional(),
    reference: SearchText.optional(),
  })
  .strict();

/** A payment (for an invoice item) or an invoice (for a payment item) a person may match. */
export const Candidate = z.object({
  entity: z.enum(['invoice', 'payment']),
  id: z.string(),
  currency: CurrencyCode,
  amountMinor: z.number().int(),
  date: z.string(),
  customer: z.string().nullable(),
  reference: z.string().nullable(),
});
export type Candidate = z.infer<typeof Candidate>;

const Reason = z.string().trim().min(3, 'say why (at least 3 characters)').max(500);
const Pair = { key: ItemKey, invoiceNumber: z.string().min(1).max(200), paymentId: z.string().min(1).max(200) };

export const Decision = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('confirm'), ...Pair }).strict(),
  z.object({ kind: z.literal('reject'), ...Pair, reason: Reason.optional() }).strict(),
  z.object({ kind: z.literal('match'), ...Pair }).strict(),
  z.object({ kind: z.literal('unmatch'), ...Pair, reason: Reason }).strict(),
  z.object({ kind: z.literal('resolve'), key: ItemKey, reason: Reason }).strict(),
  z.object({ kind: z.literal('accept'), key: ItemKey, reason: Reason.optional() }).strict(),
  z.object({ kind: z.literal('reopen'), key: ItemKey }).strict(),
]);
export type Decision = z.infer<typeof Decision>;

export const BulkDecision = z
  .object({
    target: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('keys'), keys: z.array(ItemKey).min(1).max(10_000) }).strict(),
      z.object({ kind: z.literal('filter'), filter: ItemFilter }).strict(),
    ]),
    action: z.enum(['resolve', 'accept']),
    remark: Reason,
  })
  .strict();
export type BulkDecision = z.infer<typeof BulkDecision>;

export const DecisionOutcome = z.object({
  /** How many items the decision changed. */
  affected: z.number().int().nonnegative(),
  /** What "Undo" would take back. */
  summary: z.string(),
});
export type DecisionOutcome = z.infer<typeof DecisionOutcome>;

export const BridgeLine = z.object({
  class: ReconClass,
  count: z.number().int().nonnegative(),
  /** Signed: this class's share of gateway − billing. */
  amountMinor: z.number().int(),
  /** Every item in the line is resolved or accepted. */
  explained: z.boolean(),
});
export type BridgeLine = z.infer<typeof BridgeLine>;

/** gateway total − billing total = Σ lines + residual, in one currency. */
export const CurrencyBridge = z.object({
  currency: CurrencyCode,
  gatewayTotalMinor: z.number().int(),
  billingTotalMinor: z.number().int(),
  lines: z.array(BridgeLine),
  residualMinor: z.number().int(),
  /** What the person who closed the period wrote about a non-zero residual. */
  residualNote: z.string().nullable().default(null),
  /** The residual is zero, or every line is explained (the residual by a note). */
  closable: z.boolean(),
});
export type CurrencyBridge = z.infer<typeof CurrencyBridge>;

export const Bridge = z.object({
  period: Period,
  state: z.enum(['open', 'closed']),
  closedAt: UtcInstant.nullable(),
  closedBy: z.string().nullable(),
  currencies: z.array(CurrencyBridge),
  closable: z.boolean(),
  /** Why it cannot be closed yet, in words. */
  blockers: z.array(z.string()),
});
export type Bridge = z.infer<typeof Bridge>;

export const PeriodSummary = z.object({ period: Period, state: z.enum(['open', 'closed']), items: z.number().int().nonnegative() });

export const ClosePeriod = z
  .object({
    period: Period,
    /** A note per currency explaining its residual, where it is not zero. */
    residualNotes: z.record(CurrencyCode, Reason).default({}),
  })
  .strict();

export const ExportRequest = z.discriminatedUnion('what', [
  z.object({ what: z.literal('exceptions'), format: z.enum(['csv', 'xlsx', 'pdf']), filter: ItemFilter }).strict(),
  z.object({ what: z.literal('bridge'), format: z.enum(['csv', 'xlsx', 'pdf']), period: Period }).strict(),
]);
export type ExportRequest = z.infer<typeof ExportRequest>;

export const ExportId = z.string().regex(/^exp_[A-Za-z0-9_-]{8,64}$/, 'an export id');

export const ExportFile = z.object({
  exportId: ExportId,
  fileName: z.string(),
  rows: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});
export type ExportFile = z.infer<typeof ExportFile>;
