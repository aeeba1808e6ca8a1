import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Backend } from '../core/backend';
import { ExportStore, exportsDirIn } from '../core/export/export-store';
import { UploadTooLargeError } from '../core/uploads/upload-store';
import type { Logger } from '../core/util/logger';
import type { Envelope } from '../../shared/contract/errors';
import { streamEvents } from './event-stream';
import { EXPORT_DOWNLOAD_PATH, sendExport } from './export-download';
import { BodyError, readJsonBody } from './read-body';
import { DEFAULT_FAILED_TOKEN_LIMITS, FailedTokenLimiter, type FailedTokenLimits } from './failed-token-limiter';
import { checkHostAndOrigin, presentedToken, sameSecret, SESSION_COOKIE } from './request-guard';
import { rawBadRequest, setSecurityHeaders } from './security-headers';
import { readBundleFile } from '../core/ui-bundle/bundle-files';

export interface ConsoleServerOptions {
  backend: Backend;
  /** The built renderer bundle (out/renderer). */
  staticDir: string;
  port?: number;
  logger: Logger;
  failedTokenLimits?: FailedTokenLimits;
  /** Milliseconds since the epoch; tests pass their own clock. */
  now?: () => number;
}

export interface ConsoleServer {
  /** The address to open, carrying the session token; the token moves to a cookie on first load. */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const CALL_PATH = /^\/api\/call\/([a-zA-Z]+\.[a-zA-Z]+)$/;

/** The browser console: the same backend as the desktop app, over HTTP on loopback only. */
export async function startConsoleServer(options: ConsoleServerOptions): Promise<ConsoleServer> {
  const token = randomBytes(32).toString('base64url');
  const exportStore = new ExportStore(exportsDirIn(options.backend.info.dataDir));
  const failedTokens = new FailedTokenLimiter(options.failedTokenLimits ?? DEFAULT_FAILED_TOKEN_LIMITS, options.now ?? Date.now);
  let port = 0;
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.logger.error(`HTTP ${request.method} ${request.url} failed`, error);
      if (!response.headersSent) sendText(response, 500, 'Internal error');
      else response.destroy();
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end(rawBadRequest());
    else socket.destroy();
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    setSecurityHeaders(response);
    const url = new URL(request.url ?? '/', `http://${HOST}:${port}`);
    const addressed = checkHostAndOrigin(request, port);
    if (!addressed.ok) return sendText(response, addressed.status, addressed.reason);

    const retryAfter = failedTokens.retryAfterSeconds();
    if (retryAfter > 0) {
      response.setHeader('Retry-After', String(retryAfter));
      return sendText(response, 429, 'Too many wrong session tokens; try again later');
    }
    const offered = url.searchParams.get('token');
    if (request.method === 'GET' && offered !== null) return acceptToken(url, offered, response);
    const presented = presentedToken(request);
    if (presented === null || !sameSecret(presented, token)) {
      if (presented !== null) failedTokens.recordFailure();
      return sendText(response, 401, 'Open the address printed by `paydesk serve` (it carries the session token)');
    }

    const call = CALL_PATH.exec(url.pathname);
    if (call?.[1]) {
      if (request.method !== 'POST') return sendText(response, 405, 'Use POST');
      return answerCall(call[1], request, response);
    }
    if (url.pathname === '/api/events' && request.method === 'GET') return streamEvents(options.backend, response);
    if (url.pathname === '/api/upload') {
      if (request.method !== 'POST') return sendText(response, 405, 'Use POST');
      return acceptUpload(url, request, response);
    }
    if (request.method !== 'GET') return sendText(response, 405, 'Method not allowed');
    const download = EXPORT_DOWNLOAD_PATH.exec(url.pathname);
    if (download?.[1]) return sendExport(exportStore, download[1], response);
    const file = await readBundleFile(options.staticDir, url.pathname);
    if (!file) return sendText(response, 404, 'Not found');
    response.writeHead(200, { 'Content-Type': file.contentType });
    response.end(file.body);
  }

  function acceptToken(url: URL, offered: string, response: ServerResponse): void {
    if (!sameSecret(offered, token)) {
      failedTokens.recordFailure();
      return sendText(response, 401, 'This address has an old or wrong token');
    }
    url.searchParams.delete('token');
    response.setHeader('Set-Cookie', `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    // One leading slash: a path like //evil.example would make the Location another site.
    response.writeHead(303, { Location: `/${url.pathname.replace(/^\/+/, '')}${url.search}` });
    response.end();
  }

  async function answerCall(name: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    let input: unknown;
    try {
      input = await readJsonBody(request);
    } catch (error) {
      if (error instanceof BodyError) return sendText(response, error.status, error.message);
      throw error;
    }
    const envelope = await options.backend.dispatch(name, input);
    response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(envelope));
  }

  /** A file for import, streamed to the data folder; the browser cannot hand us a path. */
  async function acceptUpload(url: URL, request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.headers['content-type'] !== 'application/octet-stream') {
      return sendText(response, 415, 'Send the file as application/octet-stream');
    }
    let envelope: Envelope<unknown>;
    try {
      const stored = await options.backend.uploads.save(request, url.searchParams.get('name') ?? 'upload.csv');
      envelope = { ok: true, value: { uploadId: stored.uploadId, fileName: stored.fileName, bytes: stored.bytes } };
    } catch (error) {
      if (!(error instanceof UploadTooLargeError)) throw error;
      envelope = { ok: false, error: { code: 'validation', message: error.message } };
    }
    response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(envelope));
  }

  port = await listen(server, options.port ?? 0);
  return {
    url: `http://${HOST}:${port}/?token=${token}`,
    port,
    token,
    close: () => closeServer(server),
  };
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(`${text}\n`);
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Event streams stay open forever; end them so close() completes.
    server.closeAllConnections();
  });
}
