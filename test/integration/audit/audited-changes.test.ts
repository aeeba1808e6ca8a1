import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry, AuditFilter } from '../../../shared/contract/audit';
import type { Envelope } from '../../../shared/contract/errors';
import type { JobProgress } from '../../../shared/contract/jobs';
import { openWorkspace, type Workspace } from '../../../electron/workspace/open-workspace';
import { memorySecrets } from '../../helpers/memory-secrets';
import { useTempDirs } from '../../helpers/temp-dir';
import { until } from '../../helpers/until';

const tempDir = useTempDirs();
const quiet = { info: () => undefined, error: () => undefined };
const samples = resolve(import.meta.dirname, '..', '..', '..', 'resources', 'samples');
let workspace: Workspace | null = null;

afterEach(async () => {
  await workspace?.close();
  workspace = null;
});

async function open(): Promise<{ call: (name: string, input: unknown) => Promise<unknown>; dataDir: string; secrets: ReturnType<typeof memorySecrets> }> {
  const dataDir = tempDir();
  const secrets = memorySecrets();
  workspace = await openWorkspace({ dataDir, version: 't', source: { kind: 'sandbox', seed: 7 }, syncOnStart: false, healthIntervalMs: 600_000, secrets, logger: quiet });
  const backend = workspace.backend;
  const call = async (name: string, input: unknown): Promise<unknown> => {
    const envelope: Envelope<unknown> = await backend.dispatch(name, input);
    if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
    return envelope.value;
  };
  return { call, dataDir, secrets };
}

async function entries(call: (name: string, input: unknown) => Promise<unknown>, filter: AuditFilter): Promise<AuditEntry[]> {
  const page = (await call('audit.list', { filter, offset: 0, limit: 500 })) as { rows: AuditEntry[] };
  return page.rows;
}

async function jobSettled(call: (name: string, input: unknown) => Promise<unknown>, job: JobProgress): Promise<JobProgress> {
  const jobs = await until(
    async () => (await call('jobs.list', {})) as JobProgress[],
    (list) => list.some((entry) => entry.jobId === job.jobId && entry.state !== 'running'),
    1200,
  );
  const settled = jobs.find((entry) => entry.jobId === job.jobId);
  if (!settled) throw new Error('the job is gone');
  return settled;
}

const parsed = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

describe('what the console appends to the audit trail', () => {
  it('a sync run as it starts and as it finishes with its counts, by the chosen operator', async () => {
    const { call } = await open();
    await call('operator.choose', { name: 'Ana (AR)' });
    const job = (await call('sync.start', {})) as JobProgress;
    expect((await jobSettled(call, job)).state).toBe('succeeded');

    const [finish, start, ...others] = await entries(call, { action: 'sync.' });
    expect(others).toEqual([]);
    expect(start).toMatchObject({ action: 'sync.start', actor: 'Ana (AR)', entityType: 'sync_run' });
    expect(parsed(start?.afterJson ?? null)).toMatchObject({ connectors: [{ id: 'sandbox-gateway', kind: 'gateway' }, { id: 'sandbox-billing', kind: 'billing' }] });
    expect(finish).toMatchObject({ action: 'sync.finish', actor: 'Ana (AR)', entityId: start?.entityId });
    const counts = parsed(finish?.afterJson ?? null) as { records: number; tables: { payments: { added: number } }; connectors: { state: string }[] };
    expect(counts.records).toBeGreaterThan(1000);
    expect(counts.tables.payments.added).toBeGreaterThan(0);
    expect(counts.connectors.map((connector) => connector.state)).toEqual(['synced', 'synced']);
    // The operator's choice, the run's start and finish, and whatever alerts the sync's data raised.
    const alerts = await entries(call, { action: 'alert.' });
    expect(alerts.every((entry) => entry.action === 'alert.raise' && entry.actor === 'Ana (AR)')).toBe(true);
    expect(await call('audit.verify', {})).toEqual({ intact: true, entries: 3 + alerts.length });
  });

  it('an import with its file, format, counts and outcome, and a refused one with why', async () => {
    const { call, dataDir } = await open();
    const format = { kind: 'preset', preset: 'stripe-balance-report' };
    const imported = (await call('import.start', { source: { kind: 'path', path: join(samples, 'stripe-balance-report.csv') }, format })) as JobProgress;
    expect((await jobSettled(call, imported)).state).toBe('succeeded');
    const refused = (await call('import.start', { source: { kind: 'path', path: join(samples, 'xero-invoices.csv') }, format })) as JobProgress;
    expect((await jobSettled(call, refused)).state).toBe('failed');

    const [fail, finish] = await entries(call, { action: 'import' });
    expect(finish).toMatchObject({ action: 'import.finish', entityType: 'import_file', entityId: 'stripe-balance-report.csv' });
    expect(parsed(finish?.afterJson ?? null)).toMatchObject({
      format,
      outcome: 'imported',
      rows: 28,
      counts: { payments: { added: 20, updated: 0, unchanged: 0 }, refunds: { added: 2 } },
    });
    expect(fail).toMatchObject({ action: 'import.fail', entityId: 'xero-invoices.csv', reason: expect.stringContaining('xero-invoices.csv') });
    expect(parsed(fail?.afterJson ?? null)).toMatchObject({ format, outcome: 'refused', problems: expect.any(Number) });
    expect(readdirSync(dataDir)).toContain('paydesk.db');
  });

  it('setting changes: mappings saved and deleted, connectors configured and removed, sandbox faults, with no secret', async () => {
    const { call, secrets } = await open();
    const mapping = {
      name: 'Bank export',
      target: 'payments',
      delimiter: null,
      decimalSeparator: '.',
      thousandsSeparator: '',
      dateOrder: 'dmy',
      defaultCurrency: 'EUR',
      columns: { id: 'Ref', amount: 'Amount', date: 'Date' },
    };
    await call('mappings.save', { mapping });
    await call('mappings.save', { mapping: { ...mapping, dateOrder: 'mdy' } });
    await call('mappings.delete', { name: 'Bank export' });
    expect(await call('mappings.delete', { name: 'Bank export' })).toEqual({ deleted: false });

    const sandbox = workspace?.sandbox;
    if (!sandbox) throw new Error('no sandbox');
    await call('connectors.configure', { setup: { kind: 'gateway', name: 'Stripe (test mode)', baseUrl: sandbox.gateway.url, apiKey: sandbox.credentials.gatewayKey } });
    await call('connectors.remove', { connectorId: 'live-gateway' });
    await call('sandbox.setFaults', { server: 'billing', faults: { maintenance: true } });

    const trail = await entries(call, {});
    expect(trail.map((entry) => entry.action)).toEqual(['sandbox.faults', 'connector.remove', 'connector.configure', 'mapping.delete', 'mapping.save', 'mapping.save']);
    const [faults, removed, configured, deleted, changed, created] = trail;
    expect(created).toMatchObject({ entityType: 'import_mapping', entityId: 'Bank export', beforeJson: 'null' });
    expect(parsed(created?.afterJson ?? null)).toEqual(mapping);
    expect(parsed(changed?.beforeJson ?? null)).toMatchObject({ dateOrder: 'dmy' });
    expect(parsed(changed?.afterJson ?? null)).toMatchObject({ dateOrder: 'mdy' });
    expect(deleted).toMatchObject({ entityId: 'Bank export', afterJson: 'null' });
    expect(parsed(deleted?.beforeJson ?? null)).toMatchObject({ dateOrder: 'mdy' });
    expect(configured).toMatchObject({ entityType: 'connector', entityId: 'live-gateway', beforeJson: 'null' });
    expect(parsed(configured?.afterJson ?? null)).toEqual({
      id: 'live-gateway', kind: 'gateway', name: 'Stripe (test mode)', mode: 'live', baseUrl: sandbox.gateway.url, tenantId: null, method: 'credentials',
    });
    expect(removed).toMatchObject({ entityId: 'live-gateway', afterJson: 'null' });
    expect(faults).toMatchObject({ entityType: 'sandbox_server', entityId: 'billing' });
    expect(parsed(faults?.beforeJson ?? null)).toMatchObject({ maintenance: false });
    expect(parsed(faults?.afterJson ?? null)).toMatchObject({ maintenance: true });
    // The key went to the keychain stand-in while it was set; it never reached the trail.
    expect(secrets.values.size).toBe(0);
    expect(JSON.stringify(trail)).not.toContain(sandbox.credentials.gatewayKey);
    expect(await call('audit.verify', {})).toEqual({ intact: true, entries: 6 });
    expect(await call('audit.export', { format: 'jsonl' })).toMatchObject({ fileName: expect.stringMatching(/^paydesk-audit-.*\.jsonl$/), rows: 6 });
  });
});
