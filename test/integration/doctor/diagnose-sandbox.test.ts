import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ConnectorConfig } from '../../../electron/core/connectors/connector-config';
import { sandboxConnectors } from '../../../electron/workspace/open-workspace';
import { diagnoseConnector } from '../../../electron/core/connectors/doctor/diagnose-connector';
import { startSandbox } from '../../../electron/sandbox';
import type { Sandbox } from '../../../electron/sandbox';
import { Diagnosis } from '../../../shared/contract/diagnosis';
import { NO_FAULTS } from '../../../shared/contract/sandbox';

let sandbox: Sandbox;
let gateway: ConnectorConfig;
let billing: ConnectorConfig;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 3 });
  [gateway, billing] = sandboxConnectors(sandbox) as [ConnectorConfig, ConnectorConfig];
});

afterAll(() => sandbox.close());

beforeEach(async () => {
  await sandbox.gateway.setFaults(NO_FAULTS);
  await sandbox.billing.setFaults(NO_FAULTS);
});

function statuses(diagnosis: Diagnosis): string {
  return diagnosis.stages.map((stage) => `${stage.stage}:${stage.status}`).join(' ');
}

describe('the connection doctor against the sandbox', () => {
  it('passes every step on both healthy servers', async () => {
    for (const connector of [gateway, billing]) {
      const diagnosis = await diagnoseConnector(connector);
      expect(statuses(diagnosis)).toBe('dns:passed tcp:passed tls:skipped http:passed auth:passed api:passed');
      expect(diagnosis).toMatchObject({ connectorId: connector.id, failedStage: null, failureClass: null, advice: 'Everything works.' });
      for (const stage of diagnosis.stages) expect(stage.detail).not.toBe('');
    }
  });

  it('finds a gateway that is down at TCP: a connection problem', async () => {
    await sandbox.gateway.setFaults({ down: true });
    const diagnosis = await diagnoseConnector(gateway);
    expect(statuses(diagnosis)).toBe('dns:passed tcp:failed tls:skipped http:skipped auth:skipped api:skipped');
    expect(diagnosis.failureClass).toBe('connection');
    expect(diagnosis.advice).toBe(`Ask the partner (or your IT team) to check that 127.0.0.1 is reachable on port ${sandbox.gateway.port} from this computer.`);
  });

  it('finds maintenance at HTTP or the API: a system problem', async () => {
    for (const connector of [gateway, billing]) {
      await sandbox[connector.kind].setFaults({ maintenance: true });
      const diagnosis = await diagnoseConnector(connector);
      expect(['http', 'api']).toContain(diagnosis.failedStage);
      expect(diagnosis.failureClass).toBe('system');
      expect(diagnosis.advice).toMatch(/up but unwell \(HTTP 503\)/);
    }
  });

  it('finds wrong credentials at authentication: an integration problem', async () => {
    const wrongKey = await diagnoseConnector({ ...gateway, credentials: { kind: 'gateway', apiKey: 'sk_test_wrong' } });
    expect(wrongKey).toMatchObject({ failedStage: 'auth', failureClass: 'integration' });
    expect(wrongKey.advice).toBe('The partner refused the credentials. Reconnect the account in Connections or check the API key.');
    const wrongTenant = await diagnoseConnector({
      ...billing,
      credentials: { kind: 'billing', accessToken: sandbox.credentials.billingToken, tenantId: 'not-the-tenant' },
    });
    expect(wrongTenant).toMatchObject({ failedStage: 'auth', failureClass: 'integration' });
  });

  it('finds schema drift at the API step, naming the field', async () => {
    await sandbox.gateway.setFaults({ schemaDrift: 'renamed_field' });
    const diagnosis = await diagnoseConnector(gateway);
    expect(statuses(diagnosis)).toBe('dns:passed tcp:passed tls:skipped http:passed auth:passed api:failed');
    expect(diagnosis).toMatchObject({
      failedStage: 'api',
      failureClass: 'integration',
      advice: "The partner's answer has changed shape (field available.0.amount). Paydesk needs an update; contact support.",
    });
  });

  it('finds a host that does not exist at DNS', async () => {
    const diagnosis = await diagnoseConnector({ ...gateway, baseUrl: 'https://paydesk-doctor.invalid' });
    expect(statuses(diagnosis)).toBe('dns:failed tcp:skipped tls:skipped http:skipped auth:skipped api:skipped');
    expect(diagnosis.failureClass).toBe('connection');
  });

  it('finds an https address pointing at the plain-HTTP sandbox at TLS', async () => {
    const diagnosis = await diagnoseConnector({ ...gateway, baseUrl: sandbox.gateway.url.replace('http:', 'https:') });
    expect(statuses(diagnosis)).toBe('dns:passed tcp:passed tls:failed http:skipped auth:skipped api:skipped');
    expect(diagnosis.failureClass).toBe('connection');
  });

  it('answers in the contract shape, failures included', async () => {
    expect(Diagnosis.safeParse(await diagnoseConnector(billing)).success).toBe(true);
    await sandbox.billing.setFaults({ down: true });
    expect(Diagnosis.safeParse(await diagnoseConnector(billing)).success).toBe(true);
  });
});
