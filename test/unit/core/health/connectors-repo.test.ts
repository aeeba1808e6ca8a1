import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConnectorConfig } from '../../../../electron/core/connectors/connector-config';
import { openDatabase } from '../../../../electron/core/db/open-database';
import { sql } from '../../../../electron/core/db/sql';
import { ConnectorsRepo } from '../../../../electron/core/health/connectors-repo';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const gateway: ConnectorConfig = {
  id: 'gw',
  kind: 'gateway',
  name: 'Gateway',
  mode: 'live',
  baseUrl: 'https://gateway.example',
  credentials: { kind: 'gateway', apiKey: 'sk_test_x' },
};

function repoAt(clock: { now: Date }) {
  const opened = openDatabase(join(tempDir(), 'paydesk.db'));
  if (opened.state !== 'ready') throw new Error('expected ready');
  const repo = new ConnectorsRepo(opened.db, () => clock.now);
  repo.upsert(gateway);
  return { repo, db: opened.db };
}

const refused = { ok: false, failureClass: 'connection', endpoint: 'GET /v1/balance', httpStatus: null, message: 'refused' } as const;

describe('ConnectorsRepo', () => {
  it('says since when a connector has been failing, and clears it once it answers again', () => {
    const clock = { now: new Date('2026-11-20T09:00:00Z') };
    const { repo, db } = repoAt(clock);
    repo.recordCheck('gw', { ok: true, latencyMs: 12 });
    clock.now = new Date('2026-11-20T10:00:00Z');
    repo.recordCheck('gw', refused);
    clock.now = new Date('2026-11-20T10:05:00Z');
    repo.recordCheck('gw', refused);
    expect(repo.find('gw')?.health).toMatchObject({ state: 'failing', failingSince: '2026-11-20T10:00:00.000Z' });
    clock.now = new Date('2026-11-20T10:10:00Z');
    repo.recordCheck('gw', { ok: true, latencyMs: 9 });
    expect(repo.find('gw')?.health).toMatchObject({ state: 'healthy', failingSince: null, latencyMs: 9 });
    expect(repo.find('gw')?.health.lastFailure?.message).toBe('refused');
    db.close();
  });

  it('reports the age of the oldest synced resource as the data age', () => {
    const clock = { now: new Date('2026-11-20T09:00:00Z') };
    const { repo, db } = repoAt(clock);
    expect(repo.find('gw')?.dataAsOf).toBeNull();
    db.run(sql`INSERT INTO sync_state VALUES ('gw', 'payment_intents', '{}', '2026-11-20T08:00:00.000Z')`);
    db.run(sql`INSERT INTO sync_state VALUES ('gw', 'refunds', '{}', '2026-11-19T08:00:00.000Z')`);
    expect(repo.find('gw')?.dataAsOf).toBe('2026-11-19T08:00:00.000Z');
    db.close();
  });

  it('counts failures per day and class, with empty days as zeros', () => {
    const clock = { now: new Date('2026-11-18T12:00:00Z') };
    const { repo, db } = repoAt(clock);
    repo.recordFailure('gw', { failureClass: 'system', endpoint: 'GET /v1/charges', httpStatus: 503, message: 'maintenance' });
    clock.now = new Date('2026-11-20T12:00:00Z');
    repo.recordFailure('gw', { failureClass: 'connection', endpoint: 'GET /v1/charges', httpStatus: null, message: 'refused' });
    repo.recordFailure('gw', { failureClass: 'connection', endpoint: 'GET /v1/charges', httpStatus: null, message: 'refused' });
    expect(repo.failureCounts('gw', 3)).toEqual([
      { day: '2026-11-18', connection: 0, system: 1, integration: 0 },
      { day: '2026-11-19', connection: 0, system: 0, integration: 0 },
      { day: '2026-11-20', connection: 2, system: 0, integration: 0 },
    ]);
    db.close();
  });
});
