import type { ServerResponse } from 'node:http';
import type { Backend } from '../core/backend';

const KEEP_ALIVE_MS = 25_000;

/** Streams the backend's pushed events to one browser tab as Server-Sent Events. */
export function streamEvents(backend: Backend, response: ServerResponse): void {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    Connection: 'keep-alive',
  });
  response.write(': connected\n\n');
  const unsubscribe = backend.subscribe((event) => {
    response.write(`data: ${JSON.stringify(event)}\n\n`);
  });
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
  response.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}
