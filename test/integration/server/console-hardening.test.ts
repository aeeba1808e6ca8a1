import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/core/backend';
import type { Logger } from '../../../electron/core/util/logger';
import { startConsoleServer, type ConsoleServer } from '../../../electron/server/console-server';
import { rawRequest, rawSocketExchange } from '../../helpers/raw-request';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const quiet: Logger = { info: () => undefined, error: () => undefined };
const opened: { close(): Promise<void> }[] = [];

afterEach(async () => {
  for (const closable of opened.splice(0).reverse()) await closable.close();
});

interface Started {
  server: ConsoleServer;
  port: number;
  host: string;
  clock: { ms: number };
}

function staticDir(): string {
  const dir = join(tempDir(), 'renderer');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Paydesk</title>');
  return dir;
}

async function start(backend?: Backend): Promise<Started> {
  const real = backend ?? createBackend({ dataDir: tempDir(), version: '1.0.0', connectors: [], sandbox: null, logger: quiet });
  if (!backend) opened.push(real);
  const clock = { ms: Date.parse('2026-03-01T00:00:00Z') };
  const server = await startConsoleServer({
    backend: real,
    staticDir: staticDir(),
    logger: quiet,
    failedTokenLimits: { maxFailures: 3, windowMs: 60_000 },
    now: () => clock.ms,
  });
  opened.push(server);
  return { server, port: server.port, host: `127.0.0.1:${server.port}`, clock };
}

const CORS_HEADER = /^access-control-/i;

describe('the token in the printed address', () => {
  it('is swapped for the session cookie by a redirect that drops it from the address', async () => {
    const { server, port, host } = await start();
    const first = await rawRequest(port, 'GET', `/?token=${server.token}`, { host });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    expect(first.headers['set-cookie']?.[0]).toMatch(/^paydesk_session=[\w-]+; HttpOnly; SameSite=Strict; Path=\/$/);
    const kept = await rawRequest(port, 'GET', `/reports?month=2026-02&token=${server.token}`, { host });
    expect(kept.headers.location).toBe('/reports?month=2026-02');
  });

  it('never redirects to another site, whatever the path', async () => {
    const { server, port, host } = await start();
    for (const path of [`/.//evil.example/?token=${server.token}`, `//evil.example/?token=${server.token}`, `/%2F%2Fevil.example?token=${server.token}`]) {
      const answer = await rawRequest(port, 'GET', path, { host });
      expect(answer.status).toBe(303);
      expect(answer.headers.location).toMatch(/^\/(?![/\\])/);
    }
  });

  it('is required afterwards: the API refuses a request without cookie or bearer token', async () => {
    const { server, port, host } = await start();
    const json = { host, 'content-type': 'application/json' };
    expect((await rawRequest(port, 'POST', '/api/call/app.info', json)).status).toBe(401);
    expect((await rawRequest(port, 'POST', `/api/call/app.info?token=${server.token}`, json)).status).toBe(401);
    expect((await rawRequest(port, 'POST', '/api/call/app.info', { ...json, cookie: 'paydesk_session=' })).status).toBe(401);
    expect((await rawRequest(port, 'POST', '/api/call/app.info', { ...json, authorization: `Basic ${server.token}` })).status).toBe(401);
    expect((await rawRequest(port, 'GET', '/api/events', { host })).status).toBe(401);
    expect((await rawRequest(port, 'POST', '/api/call/app.info', { ...json, cookie: `paydesk_session=${server.token}` })).status).toBe(200);
    expect((await rawRequest(port, 'POST', '/api/call/app.info', { ...json, authorization: `Bearer ${server.token}` })).status).toBe(200);
  });
});

describe('DNS rebinding and cross-site requests', () => {
  it.each([
    ['a foreign host on our port', (port: number) => ({ host: `evil.com:${port}` })],
    ['a host name that starts like ours', (port: number) => ({ host: `127.0.0.1.evil.com:${port}` })],
    ['our address on another port', (port: number) => ({ host: `127.0.0.1:${port + 1}` })],
    ['our address without the port', () => ({ host: '127.0.0.1' })],
    ['a foreign origin', (port: number) => ({ host: `127.0.0.1:${port}`, origin: 'http://evil.com' })],
    ['a look-alike origin', (port: number) => ({ host: `127.0.0.1:${port}`, origin: `http://127.0.0.1.evil.com:${port}` })],
    ['our origin over https', (port: number) => ({ host: `127.0.0.1:${port}`, origin: `https://127.0.0.1:${port}` })],
    ['Origin: null', (port: number) => ({ host: `127.0.0.1:${port}`, origin: 'null' })],
    ['a request another site started', (port: number) => ({ host: `127.0.0.1:${port}`, 'sec-fetch-site': 'cross-site' })],
  ])('refuses %s, even with the right token', async (_label, headersFor) => {
    const { server, port } = await start();
    const answer = await rawRequest(port, 'POST', '/api/call/app.info', {
      ...headersFor(port),
      authorization: `Bearer ${server.token}`,
      'content-type': 'application/json',
    });
    expect(answer.status).toBe(403);
    expect(answer.body).not.toContain('"ok"');
  });

  it('refuses a token in the address under a foreign Host before looking at it', async () => {
    const { server, port } = await start();
    const answer = await rawRequest(port, 'GET', `/?token=${server.token}`, { host: `evil.com:${port}` });
    expect(answer.status).toBe(403);
    expect(answer.headers['set-cookie']).toBeUndefined();
  });

  it('answers a CORS preflight with no Access-Control-* header, with or without the token', async () => {
    const { server, port, host } = await start();
    const preflight = {
      host,
      origin: 'http://evil.com',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, authorization',
    };
    const answers = [
      await rawRequest(port, 'OPTIONS', '/api/call/app.info', preflight),
      await rawRequest(port, 'OPTIONS', '/api/call/app.info', { ...preflight, origin: `http://${host}` }),
      await rawRequest(port, 'OPTIONS', '/api/call/app.info', { host, authorization: `Bearer ${server.token}` }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([403, 401, 405]);
    for (const answer of answers) expect(Object.keys(answer.headers).filter((name) => CORS_HEADER.test(name))).toEqual([]);
  });
});

describe('wrong tokens', () => {
  it('after too many in a window, answers 429 with Retry-After and compares no token until the window ends', async () => {
    const { server, port, host, clock } = await start();
    const withToken = (value: string) => rawRequest(port, 'GET', '/', { host, authorization: `Bearer ${value}` });
    expect((await withToken('guess-1')).status).toBe(401);
    clock.ms += 10_000;
    expect((await rawRequest(port, 'GET', '/?token=guess-2', { host })).status).toBe(401);
    expect((await rawRequest(port, 'GET', '/', { host, cookie: 'paydesk_session=guess-3' })).status).toBe(401);

    const limited = await withToken('guess-4');
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('50');
    const rightButLimited = await withToken(server.token);
    expect(rightButLimited.status).toBe(429);
    expect(rightButLimited.headers['content-security-policy']).toContain("default-src 'none'");

    clock.ms += 50_000;
    expect((await withToken(server.token)).status).toBe(200);
    expect((await withToken('guess-5')).status).toBe(401);
  });

  it('does not count a request that carries no token at all', async () => {
    const { server, port, host } = await start();
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await rawRequest(port, 'GET', '/', { host })).status).toBe(401);
    expect((await rawRequest(port, 'GET', '/', { host, authorization: `Bearer ${server.token}` })).status).toBe(200);
  });
});

describe('security headers', () => {
  it('come with every answer, errors included, and never a CORS header', async () => {
    const { server, port, host } = await start();
    const auth = { host, authorization: `Bearer ${server.token}` };
    const answers = [
      await rawRequest(port, 'GET', '/', auth),
      await rawRequest(port, 'GET', '/', { host }),
      await rawRequest(port, 'GET', '/', { host: 'evil.com' }),
      await rawRequest(port, 'GET', '/no-such-file.js', auth),
      await rawRequest(port, 'DELETE', '/', auth),
      await rawRequest(port, 'POST', '/api/call/app.info', { ...auth, 'content-type': 'text/plain' }, '{}'),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 401, 403, 404, 405, 415]);
    for (const answer of answers) {
      expect(answer.headers['content-security-policy']).toContain("default-src 'none'");
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['x-frame-options']).toBe('DENY');
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(Object.keys(answer.headers).filter((name) => CORS_HEADER.test(name))).toEqual([]);
    }
  });

  it('come with an internal error too, whose body is a plain sentence and no stack', async () => {
    const dataDir = tempDir();
    const failing = {
      info: { dataDir },
      dispatch: async () => {
        throw new Error('boom at secret/place.ts:12');
      },
    };
    const { server, port, host } = await start(failing as never);
    const answer = await rawRequest(port, 'POST', '/api/call/app.info', { host, authorization: `Bearer ${server.token}` });
    expect(answer.status).toBe(500);
    expect(answer.body).toBe('Internal error\n');
    expect(answer.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('come with the 400 for a request too malformed to parse', async () => {
    const { port } = await start();
    const reply = await rawSocketExchange(port, 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header Line\r\n\r\n');
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    expect(reply).toContain("Content-Security-Policy: default-src 'none'");
  });
});
