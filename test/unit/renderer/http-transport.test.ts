import { describe, expect, it, vi } from 'vitest';
import { createClient } from '../../../shared/contract/client';
import { ApiError } from '../../../shared/contract/errors';
import type { PushedEvent } from '../../../shared/contract/events';
import { TableName } from '../../../shared/contract/tables';
import {
  createHttpTransport,
  type EventStreamHandlers,
  type FetchLike,
} from '../../../renderer/src/api/http-transport';

function transportWith(fetch: FetchLike): {
  transport: ReturnType<typeof createHttpTransport>;
  stream: { handlers: EventStreamHandlers | null; url: string | null; closed: boolean };
} {
  const stream = { handlers: null as EventStreamHandlers | null, url: null as string | null, closed: false };
  const transport = createHttpTransport({
    fetch,
    openEventStream: (url, handlers) => {
      stream.url = url;
      stream.handlers = handlers;
      return () => {
        stream.closed = true;
      };
    },
  });
  return { transport, stream };
}

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('HTTP transport calls', () => {
  it('posts the input as JSON to /api/call/<name> on the same origin', async () => {
    const fetch = vi.fn<FetchLike>(() => Promise.resolve(json({ ok: true, value: [] })));
    const { transport } = transportWith(fetch);
    await expect(transport.invoke('connectors.list', {})).resolves.toEqual({ ok: true, value: [] });
    expect(fetch).toHaveBeenCalledWith('/api/call/connectors.list', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
  });

  it('turns a failed fetch into an offline envelope', async () => {
    const { transport } = transportWith(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(transport.invoke('app.info', {})).resolves.toEqual({
      ok: false,
      error: { code: 'offline', message: 'The Paydesk service is not reachable' },
    });
  });

  it('gives the typed client an ApiError with the code of an error envelope', async () => {
    const { transport } = transportWith(() =>
      Promise.resolve(json({ ok: false, error: { code: 'not_found', message: 'No connector "x"' } }, 404)),
    );
    const client = createClient(transport);
    const failure = await client.call('connectors.check', { connectorId: 'x' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: 'not_found', message: 'No connector "x"' });
  });
});

describe('HTTP transport events', () => {
  it('listens on /api/events and forwards valid events only', () => {
    const { transport, stream } = transportWith(() => Promise.resolve(json({})));
    const seen: PushedEvent[] = [];
    const stop = transport.subscribe((event) => seen.push(event));
    expect(stream.url).toBe('/api/events');
    stream.handlers?.onMessage(JSON.stringify({ name: 'data.changed', payload: { tables: ['connectors'] } }));
    stream.handlers?.onMessage(JSON.stringify({ name: 'something.new', payload: {} }));
    stream.handlers?.onMessage(JSON.stringify({ name: 'data.changed', payload: { tables: ['no_such_table'] } }));
    stream.handlers?.onMessage('not json');
    expect(seen).toEqual([{ name: 'data.changed', payload: { tables: ['connectors'] } }]);
    stop();
    expect(stream.closed).toBe(true);
  });

  it('announces every table as changed after the stream comes back', () => {
    const { transport, stream } = transportWith(() => Promise.resolve(json({})));
    const seen: PushedEvent[] = [];
    transport.subscribe((event) => seen.push(event));
    stream.handlers?.onReopen();
    expect(seen).toEqual([{ name: 'data.changed', payload: { tables: TableName.options } }]);
  });
});
