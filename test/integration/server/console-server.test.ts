import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/core/backend';
import type { Logger } from '../../../electron/core/util/logger';
import { startConsoleServer, type ConsoleServer } from '../../../electron/server/console-server';
import { useTempDirs } from '../../helpers/temp-dir';
import { rawGet } from '../../helpers/raw-get';

const tempDir = useTempDirs();
const quiet: Logger = { info: () => undefined, error: () => undefined };
let running: { server: ConsoleServer; backend: Backend } | null = null;

afterEach(async () => {
  await running?.server.close();
  await running?.backend.close();
  running = null;
});

async function start(): Promise<{ server: ConsoleServer; backend: Backend; base: string }> {
  const staticDir = join(tempDir(), 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Paydesk</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tempDir(), 'secret.txt'), 'do not serve');
  const backend = createBackend({
    dataDir: tempDir(),
    version: '9.9.9',
    connectors: [
      {
        id: 'gw',
        kind: 'gateway',
        name: 'Gateway',
        mode: 'live',
        baseUrl: 'https://gateway.invalid',
        credentials: { kind: 'gateway', apiKey: 'sk_test_x' },
      },
    ],
    sandbox: null,
    logger: quiet,
    probe: async () => ({ latencyMs: 7 }),
  });
  const server = await startConsoleServer({ backend, staticDir, logger: quiet });
  running = { server, backend };
  return { server, backend, base: `http://127.0.0.1:${server.port}` };
}

function call(base: string, name: string, input: unknown, headers: Record<string, string>): Promise<Response> {
  return fetch(`${base}/api/call/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });
}

describe('the browser console server', () => {
  it('listens on loopback and prints an address carrying a fresh token', async () => {
    const { server } = await start();
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[\\w-]{40,}$`));
  });

  it('turns the token in the address into an HttpOnly same-site cookie and drops it from the URL', async () => {
    const { server, base } = await start();
    const response = await fetch(server.url, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`paydesk_session=${server.token}`);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const page = await fetch(`${base}/`, { headers: { cookie: `paydesk_session=${server.token}` } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Paydesk</title>');
  });

  it('requires the token on every request, API and page alike', async () => {
    const { base } = await start();
    expect((await fetch(`${base}/`)).status).toBe(401);
    expect((await fetch(`${base}/assets/app.js`)).status).toBe(401);
    expect((await call(base, 'app.info', {}, {})).status).toBe(401);
    expect((await call(base, 'app.info', {}, { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await fetch(`${base}/?token=wrong`, { redirect: 'manual' })).status).toBe(401);
  });

  it('answers calls with the contract envelope', async () => {
    const { server, base } = await start();
    const auth = { authorization: `Bearer ${server.token}` };
    const info = await (await call(base, 'app.info', {}, auth)).json();
    expect(info).toMatchObject({ ok: true, value: { version: '9.9.9', database: { state: 'ready' } } });
    const invalid = await (await call(base, 'connectors.check', { connectorId: 42 }, auth)).json();
    expect(invalid).toMatchObject({ ok: false, error: { code: 'validation' } });
    const checked = await (await call(base, 'connectors.check', { connectorId: 'gw' }, auth)).json();
    expect(checked).toMatchObject({ ok: true, value: { id: 'gw', health: { state: 'healthy', latencyMs: 7 } } });
  });

  it('rejects a foreign Host header (DNS rebinding) and a foreign Origin (cross-site requests)', async () => {
    const { server, base } = await start();
    const cookie = `paydesk_session=${server.token}`;
    expect(await rawGet(server.port, '/', { host: `attacker.example:${server.port}`, cookie })).toBe(403);
    expect(await rawGet(server.port, '/', { host: `localhost:${server.port}`, cookie })).toBe(200);
    const crossSite = await call(base, 'app.info', {}, { cookie, origin: 'https://attacker.example' });
    expect(crossSite.status).toBe(403);
    const sameSite = await call(base, 'app.info', {}, { cookie, origin: base });
    expect(sameSite.status).toBe(200);
    expect(sameSite.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends a strict CSP and never serves files outside the bundle', async () => {
    const { server, base } = await start();
    const auth = { authorization: `Bearer ${server.token}` };
    const page = await fetch(`${base}/`, { headers: auth });
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(await rawGet(server.port, '/../secret.txt', { host: `127.0.0.1:${server.port}`, ...auth })).toBe(404);
    expect(await rawGet(server.port, '/%2e%2e/secret.txt', { host: `127.0.0.1:${server.port}`, ...auth })).toBe(404);
  });

  it('refuses oversized and non-JSON bodies', async () => {
    const { server, base } = await start();
    const auth = { authorization: `Bearer ${server.token}` };
    const big = await fetch(`${base}/api/call/app.info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({ pad: 'x'.repeat(1024 * 1024 + 1) }),
    });
    expect(big.status).toBe(413);
    const form = await fetch(`${base}/api/call/app.info`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...auth },
      body: '{}',
    });
    expect(form.status).toBe(415);
  });

  it('pushes data.changed events over the event stream', async () => {
    const { server, base } = await start();
    const auth = { authorization: `Bearer ${server.token}` };
    const stream = await fetch(`${base}/api/events`, { headers: auth });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = stream.body?.getReader();
    if (!reader) throw new Error('no body');
    await call(base, 'connectors.check', { connectorId: 'gw' }, auth);
    const decoder = new TextDecoder();
    let received = '';
    while (!received.includes('data: ')) {
      const { value, done } = await reader.read();
      if (done) break;
      received += decoder.decode(value);
    }
    await reader.cancel();
    const line = received.split('\n').find((text) => text.startsWith('data: ')) ?? '';
    expect(JSON.parse(line.slice('data: '.length))).toEqual({
      name: 'data.changed',
      payload: { tables: ['connector_health', 'transmission_failures'] },
    });
  });
});

describe('uploads for import', () => {
  it('streams a file into the data folder and answers its upload id', async () => {
    const { server, base, backend } = await start();
    const auth = { authorization: `Bearer ${server.token}` };
    const csv = 'id,amount\npi_1,12.30\n';
    const response = await fetch(`${base}/api/upload?name=${encodeURIComponent('../../payments.csv')}`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/octet-stream' },
      body: csv,
    });
    const envelope = await response.json();
    expect(envelope).toMatchObject({ ok: true, value: { fileName: 'payments.csv', bytes: csv.length } });
    const stored = backend.uploads.find(envelope.value.uploadId);
    expect(stored?.path.startsWith(backend.info.dataDir)).toBe(true);
    expect(readFileSync(stored?.path ?? '', 'utf8')).toBe(csv);
  });

  it('refuses uploads that a cross-site form could send', async () => {
    const { server, base } = await start();
    const cookie = `paydesk_session=${server.token}`;
    const form = await fetch(`${base}/api/upload?name=x.csv`, { method: 'POST', headers: { cookie, 'content-type': 'text/plain' }, body: 'x' });
    expect(form.status).toBe(415);
    const crossSite = await fetch(`${base}/api/upload?name=x.csv`, {
      method: 'POST',
      headers: { cookie, origin: 'https://attacker.example', 'content-type': 'application/octet-stream' },
      body: 'x',
    });
    expect(crossSite.status).toBe(403);
  });
});
