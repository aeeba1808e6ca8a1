import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, startSandboxControl } from '../../../electron/sandbox';
import type { Sandbox, SandboxControl } from '../../../electron/sandbox';
import { NO_FAULTS, SandboxServerStatus, SandboxStatus } from '../../../shared/contract/sandbox';

let sandbox: Sandbox;
let control: SandboxControl;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 2, faults: { billing: { latencyMs: 5 } } });
  control = await startSandboxControl(sandbox);
});
afterAll(async () => {
  await control.close();
  await sandbox.close();
});

function post(path: string, body: string, contentType = 'application/json'): Promise<Response> {
  return fetch(`${control.url}${path}`, { method: 'POST', body, headers: { 'content-type': contentType } });
}

describe('sandbox control surface', () => {
  it('reports both servers and the faults they started with', async () => {
    const reply = await fetch(`${control.url}/faults`);
    const status = SandboxStatus.parse(await reply.json());
    expect(status).toMatchObject({ running: true, seed: 2 });
    expect(status.servers.map((server) => [server.server, server.url])).toEqual([
      ['gateway', sandbox.gateway.url],
      ['billing', sandbox.billing.url],
    ]);
    expect(status.servers[0]?.faults).toEqual(NO_FAULTS);
    expect(status.servers[1]?.faults).toEqual({ ...NO_FAULTS, latencyMs: 5 });
  });

  it('switches faults at run time and stays up while a server is down', async () => {
    const reply = await post('/faults/gateway', JSON.stringify({ down: true, latencyMs: 10 }));
    expect(reply.status).toBe(200);
    expect(SandboxServerStatus.parse(await reply.json()).faults).toMatchObject({ down: true, latencyMs: 10 });
    await expect(fetch(`${sandbox.gateway.url}/v1/balance`)).rejects.toThrow();
    expect((await fetch(`${control.url}/faults`)).status).toBe(200);
    expect((await post('/faults/gateway', JSON.stringify({ down: false, latencyMs: 0 }))).status).toBe(200);
    const balance = await fetch(`${sandbox.gateway.url}/v1/balance`, { headers: { authorization: `Bearer ${sandbox.credentials.gatewayKey}` } });
    expect(balance.status).toBe(200);
  });

  it('refuses bad patches, unknown servers and non-JSON posts', async () => {
    expect((await post('/faults/gateway', JSON.stringify({ hangRate: 2 }))).status).toBe(400);
    expect((await post('/faults/gateway', JSON.stringify({ explode: true }))).status).toBe(400);
    expect((await post('/faults/gateway', 'down')).status).toBe(400);
    expect((await post('/faults/printer', JSON.stringify({ down: true }))).status).toBe(404);
    expect((await post('/faults/gateway', 'down=true', 'application/x-www-form-urlencoded')).status).toBe(415);
    expect(sandbox.gateway.faults()).toEqual(NO_FAULTS);
  });
});
