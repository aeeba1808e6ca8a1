import { describe, expect, it } from 'vitest';
import type { AuditFilter } from '../../../shared/contract/audit';
import { appendAudit } from '../../../electron/core/audit/audit-log';
import { listAudit } from '../../../electron/core/audit/audit-query';
import type { Database } from '../../../electron/core/db/database';
import { useTempDirs } from '../../helpers/temp-dir';
import { openTestDatabase } from '../sync/sync-fixture';

const tempDir = useTempDirs();

/** Eight entries over three days, by two people, about items, a period, a mapping and sync runs. */
function sampleTrail(): Database {
  const db = openTestDatabase(tempDir());
  const add = (at: string, actor: string, action: string, entityType: string, entityId: string, extra: { reason?: string; after?: unknown } = {}): void => {
    appendAudit(db, { at: new Date(at), actor, action, entityType, entityId, ...extra });
  };
  add('2026-11-20T08:00:00Z', 'ana', 'sync.start', 'sync_run', 'sync_1');
  add('2026-11-20T08:05:00Z', 'ana', 'sync.finish', 'sync_run', 'sync_1', { after: { records: 120 } });
  add('2026-11-21T09:00:00Z', 'Ana López', 'recon.resolve', 'reconciliation_item', 'invoice:INV-1042', { reason: 'Credit note 50% next week' });
  add('2026-11-21T09:01:00Z', 'Ana López', 'recon.match', 'reconciliation_item', 'invoice:INV-1043');
  add('2026-11-21T23:59:59.999Z', 'bob', 'recon.accept', 'reconciliation_item', 'payment:pi_100_x', { reason: 'Known timing' });
  add('2026-11-22T00:00:00Z', 'bob', 'mapping.save', 'import_mapping', 'Bank_export', { after: { name: 'Bank_export', dateOrder: 'dmy' } });
  add('2026-11-22T10:00:00Z', 'bob', 'period.close', 'period', '2026-10', { reason: 'USD: timing' });
  add('2026-11-22T11:00:00Z', 'ana', 'recon.undo', 'decision', '3');
  return db;
}

function seqs(db: Database, filter: AuditFilter, offset = 0, limit = 100): number[] {
  return listAudit(db, filter, offset, limit).rows.map((row) => row.seq);
}

describe('listing the audit trail', () => {
  it('pages newest first, with the total of all that match', () => {
    const db = sampleTrail();
    expect(listAudit(db, {}, 0, 3)).toMatchObject({ total: 8, rows: [{ seq: 8 }, { seq: 7 }, { seq: 6 }] });
    expect(seqs(db, {}, 6, 3)).toEqual([2, 1]);
    const [newest] = listAudit(db, {}, 0, 1).rows;
    expect(newest).toMatchObject({ action: 'recon.undo', actor: 'ana', entityType: 'decision', entityId: '3', beforeJson: null, reason: null });
    expect(newest?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(newest?.prevHash).toBe(listAudit(db, {}, 1, 1).rows[0]?.hash);
  });

  it('filters by the start of an action: a family, or one verb', () => {
    const db = sampleTrail();
    expect(seqs(db, { action: 'recon' })).toEqual([8, 5, 4, 3]);
    expect(seqs(db, { action: 'recon.resolve' })).toEqual([3]);
    expect(seqs(db, { action: 'sync.' })).toEqual([2, 1]);
  });

  it('filters by part of the actor, any case, and by entity type and part of its id', () => {
    const db = sampleTrail();
    expect(seqs(db, { actor: 'ANA' })).toEqual([8, 4, 3, 2, 1]);
    expect(seqs(db, { actor: 'lópez' })).toEqual([4, 3]);
    expect(seqs(db, { entityType: 'reconciliation_item' })).toEqual([5, 4, 3]);
    expect(seqs(db, { entityType: 'reconciliation_item', entityId: 'INV-104' })).toEqual([4, 3]);
  });

  it('finds text anywhere in an entry, taking % and _ literally', () => {
    const db = sampleTrail();
    expect(seqs(db, { text: 'timing' })).toEqual([7, 5]);
    expect(seqs(db, { text: '50%' })).toEqual([3]);
    expect(seqs(db, { text: 'dmy' })).toEqual([6]);
    expect(seqs(db, { text: 'k_e' })).toEqual([6]);
    expect(seqs(db, { text: '%' })).toEqual([3]);
  });

  it('filters by UTC days, both ends included', () => {
    const db = sampleTrail();
    expect(seqs(db, { from: '2026-11-21', to: '2026-11-21' })).toEqual([5, 4, 3]);
    expect(seqs(db, { from: '2026-11-22' })).toEqual([8, 7, 6]);
    expect(seqs(db, { to: '2026-11-20' })).toEqual([2, 1]);
    expect(seqs(db, { from: '2026-11-21', to: '2026-11-22', actor: 'bob', action: 'recon' })).toEqual([5]);
  });
});
