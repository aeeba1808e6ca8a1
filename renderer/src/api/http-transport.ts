import type { Transport } from '../../../shared/contract/client';
import type { PushedEvent } from '../../../shared/contract/events';
import { TableName } from '../../../shared/contract/tables';
import { envelopeFromReply, offlineEnvelope } from './envelope';
import { parsePushedEventText } from './pushed-event';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface EventStreamHandlers {
  onMessage(data: string): void;
  /** The stream came back after a break, during which events may have been missed. */
  onReopen(): void;
}

/** Opens the server-sent event stream; returns a function that closes it. */
export type OpenEventStream = (url: string, handlers: EventStreamHandlers) => () => void;

export interface HttpTransportDeps {
  fetch: FetchLike;
  openEventStream: OpenEventStream;
}

/** Everything may have changed while the stream was down, so every query is refreshed. */
const EVERYTHING_CHANGED: PushedEvent = { name: 'data.changed', payload: { tables: TableName.options } };

/** The browser console's transport: calls over same-origin HTTP, events over SSE. */
export function createHttpTransport(deps: HttpTransportDeps): Transport {
  return {
    async invoke(name, input) {
      let response: Response;
      try {
        response = await deps.fetch(`/api/call/${name}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
        });
      } catch {
        return offlineEnvelope();
      }
      let text: string;
      try {
        text = await response.text();
      } catch {
        // The connection broke mid-reply.
        return offlineEnvelope();
      }
      return envelopeFromReply(response.status, text);
    },

    subscribe(listener) {
      return deps.openEventStream('/api/events', {
        onMessage(data) {
          const event = parsePushedEventText(data);
          if (event) listener(event);
        },
        onReopen() {
          listener(EVERYTHING_CHANGED);
        },
      });
    },
  };
}
