import type { ConnectorHealth, ConnectorSummary } from '../../../shared/contract/connectors';
import type { FailureCountsDay } from '../../../shared/contract/diagnosis';
import type { FailureClass } from '../../../shared/domain/failure-class';
import type { Database } from '../db/database';
import { sql } from '../db/sql';
import { redactText } from '../redact/redact-card-data';
import type { ConnectorConfig } from '../connectors/connector-config';

interface ConnectorRow {
  id: string;
  kind: 'gateway' | 'billing';
  name: string;
  mode: 'sandbox' | 'live';
  base_url: string;
  checked_at: string | null;
  ok: 0 | 1 | null;
  latency_ms: number | null;
  last_success_at: string | null;
  failure_class: FailureClass | null;
  endpoint: string | null;
  http_status: number | null;
  message: string | null;
  occurred_at: string | null;
  failing_since: string | null;
  data_as_of: string | null;
}

export interface StoredConnector {
  id: string;
  kind: 'gateway' | 'billing';
  name: string;
  baseUrl: string;
  tenantId: string | null;
  oauthClientId: string | null;
}

export interface FailureReport {
  failureClass: FailureClass;
  endpoint: string;
  httpStatus: number | null;
  message: string;
}

export type CheckOutcome = { ok: true; latencyMs: number } | ({ ok: false } & FailureReport);

/** Connectors, their latest health and their recorded failures. */
export class ConnectorsRepo {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Registers or refreshes a connector (sandbox ports change every launch). */
  upsert(connector: ConnectorConfig, oauthClientId: string | null = null): void {
    const at = this.now().toISOString();
    const tenantId = connector.credentials.kind === 'billing' ? connector.credentials.tenantId : null;
    this.db.run(sql`
      INSERT INTO connectors (id, kind, name, mode, base_url, tenant_id, oauth_client_id, created_at, updated_at)
      VALUES (${connector.id}, ${connector.kind}, ${connector.name}, ${connector.mode},
              ${connector.baseUrl}, ${tenantId}, ${oauthClientId}, ${at}, ${at})
      ON CONFLICT (id) DO UPDATE SET
        kind = excluded.kind, name = excluded.name, mode = excluded.mode, base_url = excluded.base_url,
        tenant_id = excluded.tenant_id, oauth_client_id = excluded.oauth_client_id, updated_at = excluded.updated_at`);
  }

  /** The connectors of this workspace (others may linger in the file from earlier setups). */
  list(ids: readonly string[]): ConnectorSummary[] {
    const wanted = new Set(ids);
    return this.db
      .all<ConnectorRow>(sql`${SELECT_SUMMARY} ORDER BY c.kind DESC, c.name`)
      .filter((row) => wanted.has(row.id))
      .map(toSummary);
  }

  /** Live connectors saved earlier, without their secrets (those live in the OS keychain). */
  savedLive(): StoredConnector[] {
    return this.db.all<StoredConnector>(sql`
      SELECT id, kind, name, base_url AS baseUrl, tenant_id AS tenantId, oauth_client_id AS oauthClientId
      FROM connectors WHERE mode = 'live' ORDER BY id`);
  }

  find(id: string): ConnectorSummary | undefined {
    const row = this.db.get<ConnectorRow>(sql`${SELECT_SUMMARY} WHERE c.id = ${id}`);
    return row && toSummary(row);
  }

  /** Stores a health check; a failure is also appended to the failure log. */
  recordCheck(connectorId: string, outcome: CheckOutcome): void {
    const at = this.now().toISOString();
    this.db.transaction(() => {
      if (outcome.ok) {
        this.db.run(sql`
          INSERT INTO connector_health (connector_id, checked_at, ok, latency_ms, last_success_at)
          VALUES (${connectorId}, ${at}, 1, ${outcome.latencyMs}, ${at})
          ON CONFLICT (connector_id) DO UPDATE SET
            checked_at = excluded.checked_at, ok = 1, latency_ms = excluded.latency_ms,
            last_success_at = excluded.last_success_at`);
        return;
      }
      const failureId = this.recordFailure(connectorId, outcome);
      this.db.run(sql`
        INSERT INTO connector_health (connector_id, checked_at, ok, latency_ms, last_failure_id)
        VALUES (${connectorId}, ${at}, 0, NULL, ${failureId})
        ON CONFLICT (connector_id) DO UPDATE SET
          checked_at = excluded.checked_at, ok = 0, latency_ms = NULL,
          last_failure_id = excluded.last_failure_id`);
    });
  }

  /** Failures per UTC day and class over the last `days` days, oldest first, zero days included. */
  failureCounts(connectorId: string, days: number): FailureCountsDay[] {
    const today = this.now();
    const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - (days - 1)));
    const rows = this.db.all<{ day: string; failure_class: FailureClass; count: number }>(sql`
      SELECT substr(occurred_at, 1, 10) AS day, failure_class, count(*) AS count
      FROM transmission_failures
      WHERE connector_id = ${connectorId} AND occurred_at >= ${first.toISOString()}
      GROUP BY day, failure_class`);
    const byDay = new Map<string, FailureCountsDay>();
    for (let offset = 0; offset < days; offset += 1) {
      const day = new Date(first.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
      byDay.set(day, { day, connection: 0, system: 0, integration: 0 });
    }
    for (const row of rows) {
      const entry = byDay.get(row.day);
      if (entry) entry[row.failure_class] = row.count;
    }
    return [...byDay.values()];
  }

  /** Appends one failed transmission to the log (health checks, syncs, retransmissions). */
  recordFailure(connectorId: string, failure: FailureReport): number {
    const result = this.db.run(sql`
      INSERT INTO transmission_failures (connector_id, failure_class, endpoint, http_status, message, occurred_at)
      VALUES (${connectorId}, ${failure.failureClass}, ${failure.endpoint}, ${failure.httpStatus},
              ${redactText(failure.message)}, ${this.now().toISOString()})`);
    return Number(result.lastInsertRowid);
  }
}

const SELECT_SUMMARY = sql`
  SELECT c.id, c.kind, c.name, c.mode, c.base_url,
         h.checked_at, h.ok, h.latency_ms, h.last_success_at,
         f.failure_class, f.endpoint, f.http_status, f.message, f.occurred_at,
         CASE WHEN h.ok = 0 THEN (
           SELECT min(occurred_at) FROM transmission_failures
           WHERE connector_id = c.id AND occurred_at > coalesce(h.last_success_at, '')
         ) END AS failing_since,
         (SELECT min(last_synced_at) FROM sync_state WHERE connector_id = c.id) AS data_as_of
  FROM connectors c
  LEFT JOIN connector_health h ON h.connector_id = c.id
  LEFT JOIN transmission_failures f ON f.id = (
    SELECT id FROM transmission_failures WHERE connector_id = c.id ORDER BY id DESC LIMIT 1)`;

function toSummary(row: ConnectorRow): ConnectorSummary {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    mode: row.mode,
    baseUrl: row.base_url,
    health: toHealth(row),
    dataAsOf: row.data_as_of,
  };
}

function toHealth(row: ConnectorRow): ConnectorHealth {
  const lastFailure =
    row.failure_class && row.endpoint && row.message && row.occurred_at
      ? {
          failureClass: row.failure_class,
          endpoint: row.endpoint,
          httpStatus: row.http_status,
          message: row.message,
          occurredAt: row.occurred_at,
        }
      : null;
  return {
    state: row.ok === null ? 'unknown' : row.ok === 1 ? 'healthy' : 'failing',
    checkedAt: row.checked_at,
    latencyMs: row.latency_ms,
    lastSuccessAt: row.last_success_at,
    failingSince: row.failing_since,
    lastFailure,
  };
}
