import type { OpenEventStream } from './http-transport';

/** The real server-sent event stream. EventSource reconnects by itself after a break. */
export const openEventSource: OpenEventStream = (url, handlers) => {
  const source = new EventSource(url);
  let hadError = false;
  source.onmessage = (message: MessageEvent<unknown>) => {
    if (typeof message.data === 'string') handlers.onMessage(message.data);
  };
  source.onerror = () => {
    hadError = true;
  };
  source.onopen = () => {
    if (!hadError) return;
    hadError = false;
    handlers.onReopen();
  };
  return () => source.close();
};
