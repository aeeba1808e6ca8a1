import { ApiError } from '../../../../shared/contract/errors';
import type { BulkDecision, Decision, DecisionOutcome, ItemState } from '../../../../shared/contract/reconcile';
import type { Database } from '../../db/database';
import { joinSql, sql } from '../../db/sql';
import { whereOf } from '../items/item-filter';
import { markDirty, type DirtyEntry } from '../store/dirty';
import { appendAudit } from '../../audit/audit-log';
import { latestUndoable, markUndone, recordDecision } from './decision-log';
import { setItemState, restoreItems } from './item-decisions';
import { restoreLink, writeLinkDecision } from './link-decisions';

const ITEM_STATE: Record<'resolve' | 'accept' | 'reopen', ItemState> = { resolve: 'resolved', accept: 'accepted', reopen: 'open' };
const VERB: Record<Decision['kind'], string> = {
  confirm: 'Confirmed suggestion',
  reject: 'Rejected suggestion',
  match: 'Matched',
  unmatch: 'Unmatched',
  resolve: 'Resolved',
  accept: 'Accepted',
  reopen: 'Reopened',
};

export interface DecisionContext {
  db: Database;
  actor: string;
  now: () => Date;
}

/**
 * Applies one person's decision and records it. Link decisions change what the engine links, so
 * they mark both records for the next (immediate) incremental run; item decisions change only
 * the item's state. Returns the records to re-evaluate.
 */
export function applyDecision(context: DecisionContext, decision: Decision): { outcome: DecisionOutcome; dirty: DirtyEntry[] } {
  const { db, actor } = context;
  const at = context.now();
  requireEditable(db, decision.key);
  return db.transaction(() => {
    if (decision.kind === 'resolve' || decision.kind === 'accept' || decision.kind === 'reopen') {
      const reason = decision.kind === 'reopen' ? null : (decision.reason ?? null);
      const items = setItemState(db, sql`item_key = ${decision.key}`, ITEM_STATE[decision.kind], reason, actor, at);
      const summary = `${VERB[decision.kind]} ${describeKey(decision.key)}`;
      recordDecision(db, { kind: decision.kind, actor, at, itemKeys: [decision.key], reason, summary, undo: { links: [], items } });
      appendAudit(db, { at, actor, action: `recon.${decision.kind}`, entityType: 'reconciliation_item', entityId: decision.key, before: items[0] ?? null, after: { state: ITEM_STATE[decision.kind] }, reason });
      return { outcome: { affected: items.reduce((sum, group) => sum + group.keys.length, 0), summary }, dirty: [] };
    }
    const before = writeLinkDecision(db, decision, actor, at);
    const dirty: DirtyEntry[] = [
      { entity: 'invoice', key: decision.invoiceNumber },
      { entity: 'payment', key: decision.paymentId },
    ];
    markDirty(db, dirty);
    const summary = `${VERB[decision.kind]} ${decision.invoiceNumber} ↔ ${decision.paymentId}`;
    recordDecision(db, {
      kind: decision.kind,
      actor,
      at,
      itemKeys: [decision.key],
      invoiceNumber: decision.invoiceNumber,
      paymentId: decision.paymentId,
      reason: 'reason' in decision ? (decision.reason ?? null) : null,
      summary,
      undo: { links: [before], items: [] },
    });
    appendAudit(db, {
      at,
      actor,
      action: `recon.${decision.kind}`,
      entityType: 'match_link',
      entityId: `${decision.invoiceNumber} ↔ ${decision.paymentId}`,
      before: before.row,
      after: { item: decision.key, decision: decision.kind },
      reason: 'reason' in decision ? (decision.reason ?? null) : null,
    });
    return { outcome: { affected: 1, summary }, dirty };
  });
}

/** Resolves or accepts many items at once — a selection, or all matching a filter — with one remark. */
export function applyBulk(context: DecisionContext, bulk: BulkDecision): DecisionOutcome {
  const { db, actor } = context;
  const at = context.now();
  const where =
    bulk.target.kind === 'keys' ? sql`item_key IN (${joinSql(bulk.target.keys.map((key) => sql`${key}`), ', ')})` : whereOf(bulk.target.filter, at);
  return db.transaction(() => {
    const items = setItemState(db, where, ITEM_STATE[bulk.action], bulk.remark, actor, at);
    const keys = items.flatMap((group) => group.keys);
    const summary = `${VERB[bulk.action]} ${keys.length} item${keys.length === 1 ? '' : 's'}`;
    recordDecision(db, { kind: bulk.action, actor, at, itemKeys: keys, reason: bulk.remark, summary, undo: { links: [], items } });
    appendAudit(db, {
      at,
      actor,
      action: `recon.bulk_${bulk.action}`,
      entityType: 'reconciliation_items',
      entityId: null,
      // Counts, not a million keys: the decision log keeps the keys for Undo.
      before: items.map((group) => ({ state: group.state, reason: group.resolution_reason, count: group.keys.length })),
      after: { state: ITEM_STATE[bulk.action], count: keys.length, target: bulk.target.kind === 'filter' ? { filter: bulk.target.filter } : { keys: keys.length } },
      reason: bulk.remark,
    });
    return { affected: keys.length, summary };
  });
}

/** Takes back the newest decision not yet undone. */
export function undoLatest(context: DecisionContext): { outcome: DecisionOutcome; dirty: DirtyEntry[] } | null {
  const { db } = context;
  const at = context.now();
  return db.transaction(() => {
    const latest = latestUndoable(db);
    if (!latest) return null;
    for (const link of latest.undo.links) restoreLink(db, link);
    restoreItems(db, latest.undo.items, at);
    const dirty: DirtyEntry[] = latest.undo.links.flatMap((link) => [
      { entity: 'invoice' as const, key: link.invoiceNumber },
      { entity: 'payment' as const, key: link.paymentId },
    ]);
    markDirty(db, dirty);
    markUndone(db, latest.id, at);
    appendAudit(db, { at, actor: context.actor, action: 'recon.undo', entityType: 'decision', entityId: String(latest.id), before: null, after: null, reason: latest.summary });
    const affected = latest.undo.links.length + latest.undo.items.reduce((sum, group) => sum + group.keys.length, 0);
    return { outcome: { affected, summary: `Undid: ${latest.summary}` }, dirty };
  });
}

function requireEditable(db: Database, key: string): void {
  const item = db.get<{ sealed: number; period: string }>(sql`SELECT sealed, period FROM exceptions WHERE item_key = ${key}`);
  if (!item) throw new ApiError('not_found', `There is no reconciliation item ${describeKey(key)}.`);
  if (item.sealed === 1) throw new ApiError('conflict', `${item.period} is closed: ${describeKey(key)} is read-only.`);
}

function describeKey(key: string): string {
  const [entity, rest = ''] = key.split(':', 2);
  return entity === 'invoice' ? `invoice ${rest}` : `payment ${rest}`;
}
