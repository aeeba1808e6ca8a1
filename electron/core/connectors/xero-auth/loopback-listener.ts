import { createServer } from 'node:http';
import type { ServerResponse } from 'node:http';
import { TransmissionError } from '../transmission-error';
import { CALLBACK_PAGE_HEADERS, callbackPage } from './callback-page';
import { sameSecret } from './pkce';

const HOST = '127.0.0.1';
const CALLBACK_PATH = '/callback';
const ENDPOINT = `GET ${CALLBACK_PATH}`;
const CLOSE_GRACE_MS = 1_000;

export interface LoopbackListenerOptions {
  /** The state sent with the authorisation request; a callback without it is not ours. */
  state: string;
  /** How long the user has to finish signing in. */
  timeoutMs: number;
  /** 0 (default): a random free port. Set it when the app registration names a fixed one. */
  port?: number;
  /** Aborting (the user pressed Cancel) stops waiting. */
  signal?: AbortSignal;
}

export interface LoopbackListener {
  /** http://127.0.0.1:<port>/callback, to send as redirect_uri. */
  redirectUri: string;
  /** The authorisation code of the one accepted callback; rejects on timeout, cancel or refusal. */
  code: Promise<string>;
  close(): Promise<void>;
}

/**
 * RFC 8252's loopback redirect: a one-shot HTTP server on 127.0.0.1 that takes exactly one
 * callback carrying our state, then shuts. Callbacks with another state (a stale tab, or a page
 * trying to slip its own code in) are refused and the wait goes on.
 */
export async function startLoopbackListener(options: LoopbackListenerOptions): Promise<LoopbackListener> {
  let settled = false;
  let settle!: { resolve: (code: string) => void; reject: (error: Error) => void };
  const code = new Promise<string>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // The caller awaits this only after opening the browser; an early rejection must not go unhandled.
  code.catch(() => undefined);

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${HOST}`);
    if (url.pathname !== CALLBACK_PATH) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    if (request.method !== 'GET') return void response.writeHead(405, { allow: 'GET' }).end();
    if (settled) return void page(response, 410, 'Sign-in finished', 'This sign-in is already finished. You can close this window.');
    if (!sameSecret(url.searchParams.get('state') ?? '', options.state)) {
      return void page(response, 400, 'Not the expected sign-in', 'This answer does not belong to the sign-in Paydesk is waiting for. Close this window and start again from Paydesk.');
    }
    const refusal = url.searchParams.get('error');
    if (refusal !== null) {
      page(response, 200, 'Xero sign-in did not complete', `Xero answered "${refusal}". You can close this window and try again in Paydesk.`);
      const declined = refusal === 'access_denied' ? 'Access was declined in Xero' : `Xero sign-in did not complete (${refusal.slice(0, 80)})`;
      return finish(new TransmissionError('integration', ENDPOINT, `${declined}. Start again from Connections.`));
    }
    const received = url.searchParams.get('code');
    if (!received) {
      page(response, 400, 'Xero sign-in did not complete', 'Xero sent no authorisation code. Close this window and start again from Paydesk.');
      return finish(new TransmissionError('integration', ENDPOINT, 'Xero sent no authorisation code. Start again from Connections.'));
    }
    page(response, 200, 'Signed in', 'You can close this window and return to Paydesk.');
    finish(received);
  });

  const timer = setTimeout(() => {
    const span = describeSpan(options.timeoutMs);
    finish(new TransmissionError('integration', ENDPOINT, `Sign-in to Xero was not completed within ${span}. Start again from Connections.`));
  }, options.timeoutMs);
  const onAbort = (): void => finish(new TransmissionError('integration', ENDPOINT, 'Sign-in to Xero was cancelled.'));
  options.signal?.addEventListener('abort', onAbort, { once: true });

  let closing: Promise<void> | null = null;
  const shutdown = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      // The answer page goes out on a `connection: close` response, which ends its own socket once
      // flushed; cutting it at once could lose the page. Idle keep-alive sockets go now, anything
      // still busy after a grace period goes too.
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
    });
    return closing;
  };

  function finish(result: string | Error): void {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    if (typeof result === 'string') settle.resolve(result);
    else settle.reject(result);
    void shutdown();
  }

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, HOST, () => resolve());
    });
  } catch (error) {
    // Most likely a fixed port (options.port) that another program holds.
    const failure = new TransmissionError('connection', ENDPOINT, `Paydesk could not listen for Xero's answer on ${HOST}: ${error instanceof Error ? error.message : String(error)}`);
    finish(failure);
    throw failure;
  }
  server.on('error', (error) => finish(new TransmissionError('connection', ENDPOINT, `The sign-in listener stopped: ${error.message}`)));
  if (options.signal?.aborted) onAbort();
  const address = server.address();
  const port = address !== null && typeof address === 'object' ? address.port : 0;

  return {
    redirectUri: `http://${HOST}:${port}${CALLBACK_PATH}`,
    code,
    close: () => {
      finish(new TransmissionError('integration', ENDPOINT, 'Sign-in to Xero was cancelled.'));
      return shutdown();
    },
  };
}

function page(response: ServerResponse, status: number, title: string, message: string): void {
  response.writeHead(status, { ...CALLBACK_PAGE_HEADERS, connection: 'close' }).end(callbackPage(title, message));
}

function describeSpan(ms: number): string {
  const [count, unit] = ms >= 60_000 ? [Math.round(ms / 60_000), 'minute'] : [Math.max(1, Math.round(ms / 1000)), 'second'];
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
