import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { FaultSpec } from '../../../shared/contract/sandbox';
import type { SandboxServerName } from '../../../shared/contract/sandbox';
import { FaultInjector } from './fault-injector';
import type { FaultPlan } from './fault-injector';
import { BodyTooLargeError, readBody } from './read-body';
import type { FaultDialect, RequestHandler, SandboxResponse } from './types';

const HOST = '127.0.0.1';
const DOWN_SETTLE_MS = 25;

/** One sandbox API server as the rest of the app sees it. */
export interface SandboxServer {
  readonly name: SandboxServerName;
  /** http://127.0.0.1:PORT; stays the same while the server is down and after it comes back. */
  readonly url: string;
  readonly port: number;
  faults(): FaultSpec;
  /** Merges and applies a change; 'down' closes the port, lifting it listens again on the same one. */
  setFaults(patch: Partial<FaultSpec>): Promise<FaultSpec>;
}

export interface SandboxServerHandle extends SandboxServer {
  close(): Promise<void>;
}

export interface HostOptions {
  readonly name: SandboxServerName;
  readonly port: number;
  readonly handler: RequestHandler;
  readonly dialect: FaultDialect;
  readonly faultSeed: number;
  readonly faults: FaultSpec;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen(port, HOST, () => {
      server.off('error', onError);
      const address = server.address();
      if (address === null || typeof address === 'string') reject(new Error('server has no TCP address'));
      else resolve(address.port);
    });
  });
}

function encode(response: SandboxResponse, common: Record<string, string>): { head: Record<string, string>; body: Buffer } {
  const isJson = response.json !== undefined;
  const body = Buffer.from(isJson ? JSON.stringify(response.json) : (response.text ?? ''), 'utf8');
  const head: Record<string, string> = {
    'Content-Type': isJson ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
    ...common,
    ...response.headers,
    'Content-Length': String(body.length),
  };
  return { head, body };
}

/**
 * Hosts one handler on loopback and puts the fault layer between it and the socket: latency,
 * fault answers, hangs, cut-off bodies and refusing connections altogether.
 */
export async function startServerHost(options: HostOptions): Promise<SandboxServerHandle> {
  const injector = new FaultInjector(options.dialect, options.faultSeed, options.faults);
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let listening = false;
  let closed = false;
  // Fault changes are applied one at a time so a close and a re-listen can never interleave.
  let transitions: Promise<unknown> = Promise.resolve();

  const wait = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const write = (res: ServerResponse, response: SandboxResponse, cutOff: boolean): void => {
    if (res.destroyed || res.writableEnded) return;
    const { head, body } = encode(response, options.dialect.commonHeaders());
    res.writeHead(response.status, head);
    if (!cutOff) {
      res.end(body);
      return;
    }
    // Headers promise the whole body; half of it arrives, then the connection dies.
    res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.socket?.destroy());
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const plan: FaultPlan = injector.plan();
    let body: string;
    try {
      body = await readBody(req);
    } catch (error) {
      if (error instanceof BodyTooLargeError) write(res, { status: 413, text: error.message }, false);
      // Any other read error means the client or the server closed the socket: nobody to answer.
      return;
    }
    if (plan.latencyMs > 0) await wait(plan.latencyMs);
    if (plan.preempt) {
      write(res, plan.preempt, false);
      return;
    }
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    const response = options.handler({ method: req.method ?? 'GET', url, headers: req.headers, body });
    // A hang happens after the work is committed: the client cannot tell whether it took effect.
    if (plan.disposition === 'hang') return;
    write(res, injector.distort(response), plan.disposition === 'drop');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A handler bug must be visible, never a silent hang: log it and answer 500.
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(`[sandbox ${options.name}] ${detail}\n`);
      write(res, { status: 500, text: 'sandbox internal error' }, false);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const port = await listen(server, options.port);
  listening = true;
  const url = `http://${HOST}:${port}`;

  const stopListening = async (): Promise<void> => {
    if (!listening) return;
    listening = false;
    const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await stopped;
    // Give clients a moment to see their kept-alive connections close before the port is
    // reported down; otherwise their next request can race onto a dead pooled socket and fail
    // as "closed mid-response" instead of being refused, which is what "down" promises. The
    // setImmediate after the timer guarantees an I/O poll (where in-process clients read the
    // close) runs before we resolve, even if the event loop was busy.
    await new Promise((resolve) => setTimeout(resolve, DOWN_SETTLE_MS));
    await new Promise((resolve) => setImmediate(resolve));
  };

  const applyFaults = async (patch: Partial<FaultSpec>): Promise<FaultSpec> => {
    const next = FaultSpec.parse({ ...injector.faults, ...patch });
    if (closed) throw new Error(`sandbox ${options.name} server is closed`);
    if (next.down && listening) await stopListening();
    if (!next.down && !listening) {
      await listen(server, port);
      listening = true;
    }
    injector.update(next);
    return injector.faults;
  };

  if (options.faults.down) await stopListening();

  return {
    name: options.name,
    url,
    port,
    faults: () => injector.faults,
    setFaults(patch) {
      const result = transitions.then(() => applyFaults(patch));
      transitions = result.catch(() => undefined);
      return result;
    },
    async close() {
      await transitions;
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await stopListening();
    },
  };
}
