import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ConnectorConfig } from '../../../electron/core/connectors/connector-config';
import { sandboxConnectors } from '../../../electron/workspace/open-workspace';
import { probeConnector } from '../../../electron/core/connectors/health-probe';
import { TransmissionError } from '../../../electron/core/connectors/transmission-error';
import { failureOf } from '../../helpers/failure-of';
import { startSandbox, type Sandbox } from '../../../electron/sandbox';
import { NO_FAULTS } from '../../../shared/contract/sandbox';

let sandbox: Sandbox;
let gateway: ConnectorConfig;
let billing: ConnectorConfig;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 1 });
  [gateway, billing] = sandboxConnectors(sandbox) as [ConnectorConfig, ConnectorConfig];
});

afterAll(() => sandbox.close());

beforeEach(async () => {
  await sandbox.gateway.setFaults(NO_FAULTS);
  await sandbox.billing.setFaults(NO_FAULTS);
});

describe('probeConnector against the sandbox', () => {
  it('reports both healthy servers with their latency', async () => {
    expect((await probeConnector(gateway)).latencyMs).toBeGreaterThanOrEqual(0);
    expect((await probeConnector(billing)).latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('classifies a server that is down as a connection failure', async () => {
    await sandbox.gateway.setFaults({ down: true });
    const failure = await failureOf(probeConnector(gateway));
    expect(failure.failureClass).toBe('connection');
    expect(failure.httpStatus).toBeNull();
    expect(failure.message).toMatch(/refused/);
    expect(failure.endpoint).toBe('GET /v1/balance');
  });

  it('classifies maintenance (503) and 5xx as system failures, keeping Retry-After', async () => {
    await sandbox.billing.setFaults({ maintenance: true });
    const maintenance = await failureOf(probeConnector(billing));
    expect(maintenance).toMatchObject({ failureClass: 'system', httpStatus: 503 });
    expect(maintenance.retryAfterMs).not.toBeNull();
    await sandbox.billing.setFaults({ maintenance: false, serverErrorRate: 1 });
    expect(await failureOf(probeConnector(billing))).toMatchObject({ failureClass: 'system' });
  });

  it('classifies a rate limit as a system failure', async () => {
    await sandbox.gateway.setFaults({ rateLimitPerSecond: 1 });
    const outcomes = await Promise.allSettled([1, 2, 3, 4].map(() => probeConnector(gateway)));
    const limited = outcomes.find(
      (outcome) => outcome.status === 'rejected' && outcome.reason instanceof TransmissionError && outcome.reason.httpStatus === 429,
    );
    expect(limited).toBeDefined();
    if (limited?.status === 'rejected') expect(limited.reason.failureClass).toBe('system');
  });

  it('classifies wrong credentials as an integration failure', async () => {
    const failure = await failureOf(probeConnector({ ...gateway, credentials: { kind: 'gateway', apiKey: 'sk_test_wrong' } }));
    expect(failure).toMatchObject({ failureClass: 'integration', httpStatus: 401 });
    const tenant = await failureOf(probeConnector({ ...billing, credentials: { kind: 'billing', accessToken: sandbox.credentials.billingToken, tenantId: 'wrong' } }));
    expect(tenant.failureClass).toBe('integration');
  });

  it('classifies schema drift as an integration failure naming the field', async () => {
    await sandbox.gateway.setFaults({ schemaDrift: 'renamed_field' });
    const failure = await failureOf(probeConnector(gateway));
    expect(failure.failureClass).toBe('integration');
    expect(failure.message).toMatch(/Unexpected response shape at available\.0\.amount/);
  });

  it('classifies a response that never comes as a connection failure (timeout)', async () => {
    await sandbox.gateway.setFaults({ hangRate: 1 });
    const failure = await failureOf(probeConnector(gateway));
    expect(failure.failureClass).toBe('connection');
    expect(failure.message).toMatch(/timed out/);
  }, 15_000);

  it('classifies a response cut off mid-body as a connection failure', async () => {
    await sandbox.billing.setFaults({ dropRate: 1 });
    expect((await failureOf(probeConnector(billing))).failureClass).toBe('connection');
  });
});
