import { z } from 'zod';
import { AppInfo } from './app';
import { AuditExportFormat, AuditFilter, AuditPage, AuditVerdict, OperatorName, OperatorProfile } from './audit';
import { ConnectorId, ConnectorSetup, ConnectorSummary, XeroSignIn } from './connectors';
import { Diagnosis, FailureCountsDay } from './diagnosis';
import { ImportFormat, ImportPreview, ImportSource, Mapping, MappingName } from './imports';
import { JobId, JobProgress } from './jobs';
import type { CallName } from './names';
import { FaultSpec, SandboxServerName, SandboxServerStatus, SandboxStatus } from './sandbox';
import {
  Bridge,
  BulkDecision,
  Candidate,
  CandidateQuery,
  ClosePeriod,
  Decision,
  DecisionOutcome,
  ExportFile,
  ExportRequest,
  ItemDetail,
  ItemFilter,
  ItemKey,
  ItemPage,
  ItemSort,
  Period,
  PeriodSummary,
  RawRecord,
  ReconSummary,
} from './reconcile';
import {
  ConfigureWebhook,
  OutboxActionOutcome,
  OutboxActionRequest,
  OutboxDetail,
  OutboxFilter,
  OutboxId,
  OutboxPage,
  OutboxRow,
  OutboxSummary,
  PostToBilling,
  PostToBillingOutcome,
  ResendEvents,
  WebhookEndpoint,
} from './outbox';
import type { TableName } from './tables';
import { AcknowledgeAlert, AlertFilter, AlertRow, SnoozeAlert } from './alerts';
import { CheckoutDay, CheckoutFilter, CheckoutPage, CheckoutRange, CheckoutSettings, Funnel } from './checkouts';
import { MetricsRange, OverviewMetrics } from './overview';

export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Tables the result depends on: a `data.changed` naming one of them refreshes it. */
  reads: readonly TableName[];
}

const empty = z.object({}).strict();

/** What every view of reconciliation results depends on. */
const RECON_RESULTS = ['exceptions', 'match_links', 'recon_decisions', 'recon_runs'] as const satisfies readonly TableName[];

/** What every view of checkout stages depends on. */
const CHECKOUT_RESULTS = ['checkout_stages', 'checkouts', 'settings'] as const satisfies readonly TableName[];

/** Every call the UI can make, declared once. Both transports validate against these. */
export const CALLS = {
  'app.info': { input: empty, output: AppInfo, reads: [] },
  'connectors.list': {
    input: empty,
    output: z.array(ConnectorSummary),
    reads: ['connectors', 'connector_health', 'transmission_failures', 'sync_state'],
  },
  'connectors.check': {
    input: z.object({ connectorId: ConnectorId }).strict(),
    output: ConnectorSummary,
    reads: [],
  },
  'connectors.configure': {
    input: z.object({ setup: ConnectorSetup }).strict(),
    output: ConnectorSummary,
    reads: [],
  },
  'connectors.connectXero': {
    input: z.object({ signIn: XeroSignIn }).strict(),
    /** The page to open in the system browser; the sign-in then finishes as the returned job. */
    output: z.object({ authorizeUrl: z.url({ protocol: /^https?$/ }), job: JobProgress }),
    reads: [],
  },
  'connectors.remove': {
    input: z.object({ connectorId: ConnectorId }).strict(),
    output: z.object({ removed: z.boolean() }),
    reads: [],
  },
  'connectors.diagnose': {
    input: z.object({ connectorId: ConnectorId }).strict(),
    output: Diagnosis,
    reads: [],
  },
  'connectors.failureCounts': {
    input: z.object({ connectorId: ConnectorId, days: z.number().int().min(1).max(90).default(14) }).strict(),
    output: z.array(FailureCountsDay),
    reads: ['transmission_failures'],
  },
  'sync.start': {
    input: z.object({ connectorIds: z.array(ConnectorId).min(1).optional() }).strict(),
    output: JobProgress,
    reads: [],
  },
  'import.preview': {
    input: z.object({ source: ImportSource, format: ImportFormat }).strict(),
    output: ImportPreview,
    reads: [],
  },
  'import.start': {
    input: z.object({ source: ImportSource, format: ImportFormat }).strict(),
    output: JobProgress,
    reads: [],
  },
  'mappings.list': { input: empty, output: z.array(Mapping), reads: ['import_mappings'] },
  'mappings.save': { input: z.object({ mapping: Mapping }).strict(), output: Mapping, reads: [] },
  'mappings.delete': {
    input: z.object({ name: MappingName }).strict(),
    output: z.object({ deleted: z.boolean() }),
    reads: [],
  },
  'jobs.list': { input: empty, output: z.array(JobProgress), reads: ['job_runs'] },
  'jobs.cancel': { input: z.object({ jobId: JobId }).strict(), output: JobProgress, reads: [] },
  'sandbox.status': { input: empty, output: SandboxStatus, reads: [] },
  'sandbox.setFaults': {
    input: z.object({ server: SandboxServerName, faults: FaultSpec.partial().strict() }).strict(),
    output: SandboxServerStatus,
    reads: [],
  },
  'recon.summary': { input: z.object({ filter: ItemFilter }).strict(), output: ReconSummary, reads: RECON_RESULTS },
  'recon.listItems': {
    input: z
      .object({ filter: ItemFilter, sort: ItemSort.default('amount_desc'), offset: z.number().int().nonnegative(), limit: z.number().int().min(1).max(500) })
      .strict(),
    output: ItemPage,
    reads: RECON_RESULTS,
  },
  'recon.item': { input: z.object({ key: ItemKey }).strict(), output: ItemDetail, reads: RECON_RESULTS },
  'recon.raw': {
    input: RawRecord,
    /** The stored source record, redacted, pretty-printed. */
    output: z.object({ json: z.string() }),
    reads: ['payments', 'invoices'],
  },
  'recon.candidates': { input: CandidateQuery, output: z.array(Candidate), reads: ['payments', 'invoices', 'match_links'] },
  'recon.decide': { input: z.object({ decision: Decision }).strict(), output: DecisionOutcome, reads: [] },
  'recon.bulk': { input: BulkDecision, output: DecisionOutcome, reads: [] },
  /** Takes back the newest decision not yet undone; null when there is nothing to undo. */
  'recon.undo': { input: empty, output: DecisionOutcome.nullable(), reads: [] },
  'recon.run': { input: z.object({ full: z.boolean().default(false) }).strict(), output: JobProgress, reads: [] },
  'recon.periods': { input: empty, output: z.array(PeriodSummary), reads: ['exceptions', 'recon_periods'] },
  'recon.bridge': { input: z.object({ period: Period }).strict(), output: Bridge, reads: [...RECON_RESULTS, 'recon_periods'] },
  'recon.closePeriod': { input: ClosePeriod, output: Bridge, reads: [] },
  /** Writes the file on the Node side; the transport then offers it for saving (see bridge.ts). */
  'recon.export': { input: ExportRequest, output: ExportFile, reads: [] },
  'outbox.summary': { input: empty, output: OutboxSummary, reads: ['outbox'] },
  'outbox.list': {
    input: z.object({ filter: OutboxFilter, offset: z.number().int().nonnegative(), limit: z.number().int().min(1).max(500) }).strict(),
    output: OutboxPage,
    reads: ['outbox'],
  },
  'outbox.detail': { input: z.object({ id: OutboxId }).strict(), output: OutboxDetail, reads: ['outbox'] },
  /** The postings a reconciliation item asked for, newest first. */
  'outbox.forItem': { input: z.object({ key: ItemKey }).strict(), output: z.array(OutboxRow), reads: ['outbox'] },
  'outbox.act': { input: OutboxActionRequest, output: OutboxActionOutcome, reads: [] },
  /** Queues the item's unrecorded gateway payments for billing; they go out through the outbox. */
  'outbox.postItem': { input: PostToBilling, output: PostToBillingOutcome, reads: [] },
  'operator.get': { input: empty, output: OperatorProfile, reads: ['settings'] },
  /** Chooses the name audit entries carry from now on; null goes back to the OS user. */
  'operator.choose': { input: z.object({ name: OperatorName.nullable() }).strict(), output: OperatorProfile, reads: [] },
  'audit.list': {
    input: z.object({ filter: AuditFilter, offset: z.number().int().nonnegative(), limit: z.number().int().min(1).max(500) }).strict(),
    output: AuditPage,
    reads: ['audit_log'],
  },
  /** Recomputes the whole chain: intact with its length, or the first entry that does not hold. */
  'audit.verify': { input: empty, output: AuditVerdict, reads: ['audit_log'] },
  /** The whole trail, every stored field, for a third party to re-verify (see bridge.ts for saving). */
  'audit.export': { input: z.object({ format: AuditExportFormat }).strict(), output: ExportFile, reads: [] },
  /** Queues the gateway's payment-succeeded events of the item's payments for the webhook endpoint. */
  'outbox.resendEvents': { input: ResendEvents, output: PostToBillingOutcome, reads: [] },
  'webhook.get': { input: empty, output: WebhookEndpoint.nullable(), reads: ['settings'] },
  'webhook.configure': { input: ConfigureWebhook, output: WebhookEndpoint, reads: [] },
  'webhook.remove': { input: empty, output: z.object({ removed: z.boolean() }), reads: [] },
  'checkouts.list': {
    input: z.object({ filter: CheckoutFilter, offset: z.number().int().nonnegative(), limit: z.number().int().min(1).max(500) }).strict(),
    output: CheckoutPage,
    reads: CHECKOUT_RESULTS,
  },
  'checkouts.funnel': { input: CheckoutRange, output: Funnel, reads: CHECKOUT_RESULTS },
  /** Sessions started and abandoned per UTC day, for the abandonment-rate chart. */
  'checkouts.days': { input: CheckoutRange, output: z.array(CheckoutDay), reads: CHECKOUT_RESULTS },
  /** The recovery list (customer, contact, amount, stage, recovery link) as CSV; see bridge.ts for saving. */
  'checkouts.exportRecovery': { input: z.object({ filter: CheckoutFilter }).strict(), output: ExportFile, reads: [] },
  'checkouts.settings': { input: empty, output: CheckoutSettings, reads: ['settings'] },
  'checkouts.configure': { input: CheckoutSettings, output: CheckoutSettings, reads: [] },
  'overview.metrics': {
    input: MetricsRange,
    output: OverviewMetrics,
    reads: [...CHECKOUT_RESULTS, 'payments', 'transmission_failures', ...RECON_RESULTS],
  },
  'alerts.list': { input: z.object({ filter: AlertFilter }).strict(), output: z.array(AlertRow), reads: ['alerts'] },
  'alerts.acknowledge': { input: AcknowledgeAlert, output: AlertRow, reads: [] },
  'alerts.snooze': { input: SnoozeAlert, output: AlertRow, reads: [] },
} as const satisfies Record<CallName, CallSpec>;

export type Calls = typeof CALLS;
export type CallInput<N extends CallName> = z.input<Calls[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Calls[N]['output']>;
