import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { FaultSpec, SandboxServerName } from '../../shared/contract/sandbox';
import type { SandboxServerStatus, SandboxStatus } from '../../shared/contract/sandbox';
import { BodyTooLargeError, readBody } from './http/read-body';
import type { Sandbox } from './index';

export interface SandboxControl {
  /** http://127.0.0.1:PORT; GET /faults, POST /faults/gateway, POST /faults/billing. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const FaultPatch = FaultSpec.partial().strict();

function status(sandbox: Sandbox, name: SandboxServerName): SandboxServerStatus {
  const server = sandbox[name];
  return { server: name, url: server.url, faults: server.faults() };
}

function send(res: ServerResponse, code: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(code, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' });
  res.end(text);
}

async function handle(sandbox: Sandbox, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (req.method === 'GET' && pathname === '/faults') {
    const body: SandboxStatus = { running: true, seed: sandbox.seed, servers: [status(sandbox, 'gateway'), status(sandbox, 'billing')] };
    send(res, 200, body);
    return;
  }
  const match = /^\/faults\/([a-z]+)$/.exec(pathname);
  if (req.method !== 'POST' || !match) {
    send(res, 404, { error: `No such control endpoint: ${req.method ?? ''} ${pathname}` });
    return;
  }
  const name = SandboxServerName.safeParse(match[1]);
  if (!name.success) {
    send(res, 404, { error: `No sandbox server "${match[1] ?? ''}"; use gateway or billing` });
    return;
  }
  // Requiring a JSON content type keeps a web page's plain cross-site form post from reaching
  // this loopback port: browsers cannot send application/json across origins without a
  // preflight, which this server never grants.
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    send(res, 415, { error: 'Send the fault patch as application/json' });
    return;
  }
  let patch: Partial<FaultSpec>;
  try {
    patch = FaultPatch.parse(JSON.parse(await readBody(req, 10_000)));
  } catch (error) {
    const message = error instanceof z.ZodError ? z.prettifyError(error) : error instanceof BodyTooLargeError ? error.message : 'The body is not valid JSON';
    send(res, 400, { error: message });
    return;
  }
  await sandbox[name.data].setFaults(patch);
  send(res, 200, status(sandbox, name.data));
}

/**
 * A small loopback control surface for someone running only the sandbox (`paydesk sandbox`): read
 * and switch faults while it runs. Separate from the two API servers so it stays reachable while
 * they are down.
 */
export function startSandboxControl(sandbox: Sandbox, port = 0): Promise<SandboxControl> {
  const server = createServer((req, res) => {
    handle(sandbox, req, res).catch((error: unknown) => send(res, 500, { error: error instanceof Error ? error.message : String(error) }));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('control server has no TCP address'));
        return;
      }
      resolve({
        url: `http://127.0.0.1:${address.port}`,
        port: address.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
