import type { OutboxAttempt, OutboxDetail, OutboxFilter, OutboxPage, OutboxRow, OutboxSummary, StateCount } from '../../../shared/contract/outbox';
import { ApiError } from '../../../shared/contract/errors';
import type { Database } from '../db/database';
import { containsPattern, joinSql, sql, type SqlFragment } from '../db/sql';
import { toOutboxRow, type StoredOutboxRow } from './outbox-row';

/** The WHERE clause of a filter; every value bound. */
export function outboxWhere(filter: OutboxFilter): SqlFragment {
  const conditions: SqlFragment[] = [sql`1 = 1`];
  if (filter.states?.length) conditions.push(sql`state IN (SELECT value FROM json_each(${JSON.stringify(filter.states)}))`);
  if (filter.failureClass) conditions.push(sql`failure_class = ${filter.failureClass}`);
  if (filter.kind) conditions.push(sql`kind = ${filter.kind}`);
  if (filter.search) {
    const pattern = containsPattern(filter.search);
    conditions.push(sql`(invoice_number LIKE ${pattern} ESCAPE '\\' OR payment_id LIKE ${pattern} ESCAPE '\\')`);
  }
  return joinSql(conditions, ' AND ');
}

export function outboxSummary(db: Database): OutboxSummary {
  const counts = db.all<StateCount>(sql`
    SELECT state, failure_class AS failureClass, count(*) AS count FROM outbox GROUP BY state, failure_class ORDER BY state, failure_class`);
  const next = db.get<{ at: string | null }>(sql`SELECT min(next_attempt_at) AS at FROM outbox WHERE state IN ('pending', 'failed')`);
  return { counts, nextAttemptAt: next?.at ?? null };
}

/** Most recently changed first: what just happened is what a person looks for. */
export function listOutbox(db: Database, filter: OutboxFilter, offset: number, limit: number): OutboxPage {
  const where = outboxWhere(filter);
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM outbox WHERE ${where}`)?.n ?? 0;
  const rows = db.all<StoredOutboxRow>(sql`SELECT * FROM outbox WHERE ${where} ORDER BY updated_at DESC, id DESC LIMIT ${limit} OFFSET ${offset}`);
  return { total, rows: rows.map(toOutboxRow) };
}

/** The rows with these ids, in id order. */
export function outboxRowsWithIds(db: Database, ids: readonly number[]): OutboxRow[] {
  return db.all<StoredOutboxRow>(sql`SELECT * FROM outbox WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)})) ORDER BY id`).map(toOutboxRow);
}

export function outboxIdsMatching(db: Database, filter: OutboxFilter): number[] {
  return db.all<{ id: number }>(sql`SELECT id FROM outbox WHERE ${outboxWhere(filter)} ORDER BY id`).map((row) => row.id);
}

interface StoredAttempt {
  attempt: number;
  started_at: string;
  finished_at: string | null;
  outcome: OutboxAttempt['outcome'];
  failure_class: OutboxAttempt['failureClass'];
  http_status: number | null;
  exchanges_json: string;
  message: string | null;
}

export function outboxDetail(db: Database, id: number): OutboxDetail {
  const row = db.get<StoredOutboxRow>(sql`SELECT * FROM outbox WHERE id = ${id}`);
  if (!row) throw new ApiError('not_found', `There is no retransmission ${id}.`);
  const attempts = db.all<StoredAttempt>(sql`SELECT * FROM outbox_attempts WHERE outbox_id = ${id} ORDER BY attempt DESC`);
  return {
    row: toOutboxRow(row),
    attempts: attempts.map((attempt) => ({
      attempt: attempt.attempt,
      startedAt: attempt.started_at,
      finishedAt: attempt.finished_at,
      outcome: attempt.outcome,
      failureClass: attempt.failure_class,
      httpStatus: attempt.http_status,
      exchanges: JSON.parse(attempt.exchanges_json) as OutboxAttempt['exchanges'],
      message: attempt.message,
    })),
  };
}

export function outboxForItem(db: Database, itemKey: string): OutboxRow[] {
  return db.all<StoredOutboxRow>(sql`SELECT * FROM outbox WHERE item_key = ${itemKey} ORDER BY id DESC`).map(toOutboxRow);
}
