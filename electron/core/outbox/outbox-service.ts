import type {
  OutboxActionOutcome,
  OutboxActionRequest,
  OutboxDetail,
  OutboxFilter,
  OutboxPage,
  OutboxRow,
  OutboxSummary,
  PostToBilling,
  ResendEvents,
} from '../../../shared/contract/outbox';
import { ApiError } from '../../../shared/contract/errors';
import type { TableName } from '../../../shared/contract/tables';
import type { ConnectorConfig } from '../connectors/connector-config';
import type { Database } from '../db/database';
import { sql } from '../db/sql';
import { redactText } from '../redact/redact-card-data';
import type { ReconService } from '../reconcile/recon-service';
import { succeededEventType } from '../webhook/payment-event';
import { WEBHOOK_ENDPOINT_ID, type WebhookEndpoints } from '../webhook/webhook-endpoints';
import { postingsForItem } from './item-postings';
import { actOnOutbox } from './outbox-actions';
import { listOutbox, outboxDetail, outboxForItem, outboxIdsMatching, outboxSummary } from './outbox-query';
import { toOutboxRow } from './outbox-row';
import type { OutboxWorker } from './outbox-worker';
import { queueEvent } from './queue-event';
import { queuePosting } from './queue-posting';

export interface OutboxServiceOptions {
  db: Database;
  worker: OutboxWorker;
  recon: ReconService;
  webhooks: WebhookEndpoints;
  /** The configured partners; rows go to a billing connector among them. */
  connectors: () => readonly ConnectorConfig[];
  actor: () => string;
  announce: (tables: TableName[]) => void;
  now?: () => Date;
}

/** The outbox as the console uses it: what is queued, what people do to it, and posting from an item. */
export class OutboxService {
  private readonly now: () => Date;

  constructor(private readonly options: OutboxServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Stops sending; whatever is in flight is checked by the next start. */
  stop(): Promise<void> {
    return this.options.worker.stop();
  }

  /** Looks for work at once: something it waited for (an endpoint, a connector) is there now. */
  wake(): void {
    this.options.worker.wake();
  }

  summary(): OutboxSummary {
    return outboxSummary(this.options.db);
  }

  list(filter: OutboxFilter, offset: number, limit: number): OutboxPage {
    return listOutbox(this.options.db, filter, offset, limit);
  }

  detail(id: number): OutboxDetail {
    return outboxDetail(this.options.db, id);
  }

  forItem(key: string): OutboxRow[] {
    return outboxForItem(this.options.db, key);
  }

  act(request: OutboxActionRequest): OutboxActionOutcome {
    const { db } = this.options;
    const ids = request.selection.by === 'ids' ? request.selection.ids : outboxIdsMatching(db, request.selection.filter);
    const outcome = actOnOutbox(db, request.action, ids, {
      actor: this.options.actor(),
      now: this.now(),
      remark: request.remark === undefined ? null : redactText(request.remark),
      maxAttempts: this.options.worker.maxAttempts,
    });
    this.options.announce(['outbox', 'audit_log']);
    if (request.action === 'retry' && outcome.changed > 0) this.options.worker.wake();
    return outcome;
  }

  /** Queues what an unposted_payment item's gateway payments still owe billing; they go out at once, or when billing is back. */
  postItem(request: PostToBilling): OutboxRow[] {
    const { db } = this.options;
    const detail = this.options.recon.item(request.key);
    const invoiceNumber = detail.invoices[0]?.number ?? null;
    const connectorId = this.billingConnectorFor(invoiceNumber);
    const postings = postingsForItem(db, detail, { connectorId, accountCode: request.accountCode });
    const context = { actor: this.options.actor(), now: this.now(), maxAttempts: this.options.worker.maxAttempts, reason: request.reason ?? null };
    const rows = db.transaction(() => postings.map((posting) => queuePosting(db, posting, context)));
    this.options.announce(['outbox', 'audit_log']);
    this.options.worker.wake();
    return rows.map(toOutboxRow);
  }

  /**
   * Queues the gateway's "payment succeeded" event of each succeeded payment on the item, for the
   * merchant's webhook endpoint: for a checkout the merchant never completed (the customer closed
   * the pop-up), re-sending it lets their own system fulfil the order.
   */
  resendEvents(request: ResendEvents): OutboxRow[] {
    const { db } = this.options;
    if (!this.options.webhooks.view()) throw new ApiError('unavailable', 'No webhook endpoint is set: add the merchant’s endpoint in Settings, then re-send.');
    const { item } = this.options.recon.item(request.key);
    const payments = db.all<{ id: string; source: string; currency: string; amount_minor: number; created_at: string }>(sql`
      SELECT id, source, currency, amount_minor, created_at FROM payments
      WHERE status = 'succeeded' AND id IN (SELECT value FROM json_each(${JSON.stringify(item.paymentIds)})) ORDER BY id`);
    if (payments.length === 0) throw new ApiError('conflict', `${item.key} has no succeeded gateway payment whose event could be re-sent.`);
    const context = { actor: this.options.actor(), now: this.now(), maxAttempts: this.options.worker.maxAttempts, reason: request.reason ?? null };
    const rows = db.transaction(() =>
      payments.map((payment) =>
        queueEvent(
          db,
          {
            endpointId: WEBHOOK_ENDPOINT_ID,
            gatewayConnectorId: this.connectorFor('gateway', payment.source, `payment ${payment.id}`),
            paymentId: payment.id,
            eventType: succeededEventType(payment.id),
            invoiceNumber: item.invoiceNumber,
            currency: payment.currency,
            amountMinor: payment.amount_minor,
            paidOn: payment.created_at.slice(0, 10),
            itemKey: item.key,
          },
          context,
        ),
      ),
    );
    this.options.announce(['outbox', 'audit_log']);
    this.options.worker.wake();
    return rows.map(toOutboxRow);
  }

  /** The billing connector the invoice came from, else the only one configured. */
  private billingConnectorFor(invoiceNumber: string | null): string {
    const source = invoiceNumber === null ? undefined : this.options.db.get<{ source: string }>(sql`SELECT source FROM invoices WHERE number = ${invoiceNumber}`)?.source;
    return this.connectorFor('billing', source, `invoice ${invoiceNumber ?? ''}`);
  }

  /** The connector a record came from, else the only one of its kind configured. */
  private connectorFor(kind: 'gateway' | 'billing', source: string | undefined, record: string): string {
    const candidates = this.options.connectors().filter((connector) => connector.kind === kind);
    const own = candidates.find((connector) => connector.id === source);
    if (own) return own.id;
    const [only, ...others] = candidates;
    const system = kind === 'gateway' ? 'payment gateway' : 'billing system';
    if (!only) throw new ApiError('unavailable', `No ${system} is connected: connect one on the Connections page, then try again.`);
    if (others.length > 0) throw new ApiError('conflict', `${record} came from a file, and several ${system}s are connected: it is not clear which one to use.`);
    return only.id;
  }
}
