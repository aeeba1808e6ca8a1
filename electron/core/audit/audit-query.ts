import type { AuditEntry, AuditFilter, AuditPage } from '../../../shared/contract/audit';
import type { Database } from '../db/database';
import { containsPattern, joinSql, sql, trustedSql, type SqlFragment } from '../db/sql';
import type { AuditRow } from './audit-log';

/** A page of entries matching the filter, newest first, and how many match in all. */
export function listAudit(db: Database, filter: AuditFilter, offset: number, limit: number): AuditPage {
  const where = whereOf(filter);
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM audit_log WHERE ${where}`)?.n ?? 0;
  const rows = db.all<AuditRow>(sql`SELECT * FROM audit_log WHERE ${where} ORDER BY seq DESC LIMIT ${limit} OFFSET ${offset}`);
  return { total, rows: rows.map(entryOf) };
}

export function entryOf(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    beforeJson: row.before_json,
    afterJson: row.after_json,
    reason: row.reason,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

function whereOf(filter: AuditFilter): SqlFragment {
  const conditions: SqlFragment[] = [];
  if (filter.action) conditions.push(sql`substr(action, 1, ${filter.action.length}) = ${filter.action}`);
  if (filter.actor) conditions.push(sql`actor LIKE ${containsPattern(filter.actor)} ESCAPE '\\'`);
  if (filter.entityType) conditions.push(sql`entity_type = ${filter.entityType}`);
  if (filter.entityId) conditions.push(sql`entity_id LIKE ${containsPattern(filter.entityId)} ESCAPE '\\'`);
  if (filter.from) conditions.push(sql`at >= ${filter.from}`);
  // Stored times are toISOString()'s: every instant of the last day sorts below its 24th hour.
  if (filter.to) conditions.push(sql`at < ${`${filter.to}T24`}`);
  if (filter.text) {
    const pattern = containsPattern(filter.text);
    const fields = ['action', 'actor', 'entity_type', 'entity_id', 'reason', 'before_json', 'after_json'];
    conditions.push(sql`(${joinSql(fields.map((field) => sql`${trustedSql(field)} LIKE ${pattern} ESCAPE '\\'`), ' OR ')})`);
  }
  return conditions.length === 0 ? sql`1` : joinSql(conditions, ' AND ');
}
