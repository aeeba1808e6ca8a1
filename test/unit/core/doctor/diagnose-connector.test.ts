import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectorConfig } from '../../../../electron/core/connectors/connector-config';
import { diagnoseConnector } from '../../../../electron/core/connectors/doctor/diagnose-connector';
import type { HostResolver } from '../../../../electron/core/connectors/doctor/diagnose-connector';
import type { Diagnosis } from '../../../../shared/contract/diagnosis';
import { closedPort, httpServer, rawServer } from './doctor-servers';
import type { TestServer } from './doctor-servers';

const PARTNER = 'partner.example.test';
const servers: TestServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function track(server: Promise<TestServer>): Promise<TestServer> {
  const started = await server;
  servers.push(started);
  return started;
}

function gateway(baseUrl: string, apiKey = 'sk_test_good'): ConnectorConfig {
  return { id: 'gw', kind: 'gateway', name: 'Gateway', mode: 'live', baseUrl, credentials: { kind: 'gateway', apiKey } };
}

/** Resolves PARTNER to loopback, so a "remote" name can be tested against a local server. */
const partnerResolver: HostResolver = { lookup: async () => [{ address: '127.0.0.1', family: 4 }] };

function statuses(diagnosis: Diagnosis): string {
  return diagnosis.stages.map((stage) => `${stage.stage}:${stage.status}`).join(' ');
}

/** A gateway-like server: GET / is 404, /v1/balance needs the key and answers `balance`. */
function fakeGateway(balance: unknown = { object: 'balance', available: [{ amount: 100, currency: 'usd' }] }): Promise<TestServer> {
  return track(
    httpServer((request, response) => {
      if (request.url !== '/v1/balance') return void response.writeHead(404).end('not here');
      if (request.headers.authorization !== 'Bearer sk_test_good') return void response.writeHead(401).end('{"error":{"message":"bad key"}}');
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(balance));
    }),
  );
}

describe('diagnoseConnector, each step failing on purpose', () => {
  it('passes every step against a healthy partner', async () => {
    const server = await fakeGateway();
    const diagnosis = await diagnoseConnector(gateway(`http://127.0.0.1:${server.port}`));
    expect(statuses(diagnosis)).toBe('dns:passed tcp:passed tls:skipped http:passed auth:passed api:passed');
    expect(diagnosis).toMatchObject({ connectorId: 'gw', failedStage: null, failureClass: null, advice: 'Everything works.' });
    expect(diagnosis.stages[0]?.detail).toBe('IP address, no lookup needed');
    expect(diagnosis.stages[2]?.detail).toBe('plain HTTP on this computer (sandbox)');
  });

  it('fails DNS when the name does not resolve, and skips the rest', async () => {
    const resolver: HostResolver = { lookup: () => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' })) };
    const diagnosis = await diagnoseConnector(gateway(`https://${PARTNER}`), { resolver });
    expect(statuses(diagnosis)).toBe('dns:failed tcp:skipped tls:skipped http:skipped auth:skipped api:skipped');
    expect(diagnosis).toMatchObject({ failedStage: 'dns', failureClass: 'connection' });
    expect(diagnosis.advice).toMatch(/could not find partner\.example\.test/);
    expect(diagnosis.stages[0]?.detail).toMatch(/could not be resolved/);
  });

  it('fails DNS when the lookup hangs', async () => {
    const resolver: HostResolver = { lookup: () => new Promise(() => undefined) };
    const diagnosis = await diagnoseConnector(gateway(`https://${PARTNER}`), { resolver, timeoutMs: 100 });
    expect(diagnosis.failedStage).toBe('dns');
    expect(diagnosis.stages[0]?.detail).toMatch(/timed out/);
  });

  it('fails on an address that is not a web address, as something a person must correct', async () => {
    const diagnosis = await diagnoseConnector(gateway('api.example.com/v1'));
    expect(diagnosis).toMatchObject({ failedStage: 'dns', failureClass: 'integration' });
    expect(diagnosis.advice).toMatch(/not a valid web address/);
  });

  it('fails TCP when nothing listens, naming host and port in the advice', async () => {
    const port = await closedPort();
    const diagnosis = await diagnoseConnector(gateway(`https://${PARTNER}:${port}`), { resolver: partnerResolver });
    expect(statuses(diagnosis)).toBe('dns:passed tcp:failed tls:skipped http:skipped auth:skipped api:skipped');
    expect(diagnosis.failureClass).toBe('connection');
    expect(diagnosis.advice).toBe(`Ask the partner (or your IT team) to check that ${PARTNER} is reachable on port ${port} from this computer.`);
    expect(diagnosis.stages[1]?.detail).toMatch(/refused/);
  });

  it('tries every resolved address before giving up on TCP', async () => {
    const server = await fakeGateway();
    const resolver: HostResolver = {
      lookup: async () => [
        { address: '127.0.0.2', family: 4 },
        { address: '127.0.0.1', family: 4 },
      ],
    };
    const diagnosis = await diagnoseConnector(gateway(`http://localhost:${server.port}`), { resolver });
    expect(diagnosis.stages[1]).toMatchObject({ status: 'passed', detail: expect.stringMatching(/Connected to 127\.0\.0\.1 port/) });
  });

  it('refuses plain http to a host that is not this computer', async () => {
    const server = await fakeGateway();
    const diagnosis = await diagnoseConnector(gateway(`http://${PARTNER}:${server.port}`), { resolver: partnerResolver });
    expect(statuses(diagnosis)).toBe('dns:passed tcp:passed tls:failed http:skipped auth:skipped api:skipped');
    expect(diagnosis.stages[2]?.detail).toMatch(/^https is required/);
    expect(diagnosis).toMatchObject({ failureClass: 'integration', advice: expect.stringMatching(/start with https:\/\//) });
  });

  it('fails TLS when an https address reaches a plain HTTP port', async () => {
    const server = await fakeGateway();
    const diagnosis = await diagnoseConnector(gateway(`https://127.0.0.1:${server.port}`));
    expect(diagnosis).toMatchObject({ failedStage: 'tls', failureClass: 'connection' });
    expect(diagnosis.stages[2]?.detail).toMatch(/does not speak TLS/);
  });

  it('fails HTTP when the server accepts but never answers', async () => {
    const server = await track(rawServer(() => undefined));
    const diagnosis = await diagnoseConnector(gateway(`http://127.0.0.1:${server.port}`), { timeoutMs: 200 });
    expect(diagnosis).toMatchObject({ failedStage: 'http', failureClass: 'connection' });
    expect(diagnosis.stages[3]?.detail).toMatch(/no answer within 0\.2 s/);
  });

  it('fails HTTP when the server answers in something other than HTTP', async () => {
    const server = await track(rawServer((socket) => socket.end('SSH-2.0-OpenSSH_9.6\r\n')));
    const diagnosis = await diagnoseConnector(gateway(`http://127.0.0.1:${server.port}`));
    expect(diagnosis).toMatchObject({ failedStage: 'http', failureClass: 'connection' });
    expect(diagnosis.stages[3]?.detail).toMatch(/not HTTP/);
  });

  it('fails HTTP as a system problem when the server answers 503', async () => {
    const server = await track(httpServer((_request, response) => void response.writeHead(503).end('maintenance')));
    const diagnosis = await diagnoseConnector(gateway(`http://127.0.0.1:${server.port}`));
    expect(diagnosis).toMatchObject({
      failedStage: 'http',
      failureClass: 'system',
      advice: "The partner's service is up but unwell (HTTP 503). Paydesk will retry; check the partner's status page.",
    });
  });

  it('fails authentication when the partner refuses the key', async () => {
    const server = await fakeGateway();
    const diagnosis = await diagnoseConnector(gateway(`http://127.0.0.1:${server.port}`, 'sk_test_wrong'));
    expect(statuses(diagnosis)).toBe('dns:passed tcp:passed tls:skipped http:passed auth:failed api:skipped');
    expect(diagnosis.failureClass).toBe('integration');
    expect(JSON.stringify(diagnosis)).not.toContain('sk_test_wrong');
  });

  it('fails the API step when the answer has changed shape', async () => {
    const server = await fakeGateway({ object: 'balance', available: [{ amount_minor: 100, currency: 'usd' }] });
    const diagnosis = await diagnoseConnector(gateway(`http://127.0.0.1:${server.port}`));
    expect(diagnosis).toMatchObject({ failedStage: 'api', failureClass: 'integration' });
    expect(diagnosis.advice).toMatch(/field available\.0\.amount/);
  });
});

describe('diagnoseConnector over TLS', () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });

  /** A fresh self-signed certificate for PARTNER, made by the system's openssl. */
  function selfSigned(): { key: Buffer; cert: Buffer } {
    dir = mkdtempSync(join(tmpdir(), 'paydesk-tls-'));
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '30',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
      '-subj', `/CN=${PARTNER}`, '-addext', `subjectAltName=DNS:${PARTNER}`,
    ], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  }

  async function tlsServer(credentials: { key: Buffer; cert: Buffer }): Promise<TestServer> {
    const server = createHttpsServer(credentials, (_request, response) => void response.writeHead(404).end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    const handle = { port: address.port, close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) };
    servers.push(handle);
    return handle;
  }

  const hasOpenssl = ((): boolean => {
    try {
      execFileSync('openssl', ['version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(!hasOpenssl)('refuses a certificate this computer does not trust', async () => {
    const server = await tlsServer(selfSigned());
    const diagnosis = await diagnoseConnector(gateway(`https://${PARTNER}:${server.port}`), { resolver: partnerResolver });
    expect(diagnosis).toMatchObject({ failedStage: 'tls', failureClass: 'connection' });
    expect(diagnosis.stages[2]?.detail).toMatch(/self-signed/);
    expect(diagnosis.advice).toMatch(/could not be trusted/);
  });

  it.skipIf(!hasOpenssl)('reports the protocol and certificate expiry of a trusted connection', async () => {
    const credentials = selfSigned();
    const server = await tlsServer(credentials);
    const diagnosis = await diagnoseConnector(gateway(`https://${PARTNER}:${server.port}`), { resolver: partnerResolver, ca: credentials.cert });
    expect(diagnosis.stages[2]).toMatchObject({
      status: 'passed',
      detail: expect.stringMatching(new RegExp(`^TLSv1\\.[23], certificate for ${PARTNER} valid until \\d{4}-\\d\\d-\\d\\d$`)),
    });
    expect(diagnosis.stages[3]).toMatchObject({ status: 'passed', detail: 'The server speaks HTTP (status 404 for GET /)' });
  });

  it.skipIf(!hasOpenssl)('warns when the certificate expires soon', async () => {
    const credentials = selfSigned();
    const server = await tlsServer(credentials);
    const soon = () => new Date(Date.now() + 25 * 86_400_000);
    const diagnosis = await diagnoseConnector(gateway(`https://${PARTNER}:${server.port}`), { resolver: partnerResolver, ca: credentials.cert, now: soon });
    expect(diagnosis.stages[2]?.detail).toMatch(/expires in [45] days/);
  });
});
