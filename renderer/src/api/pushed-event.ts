import { EVENTS, type PushedEvent } from '../../../shared/contract/events';
import { isEventName, type EventName } from '../../../shared/contract/names';

/**
 * Validates an event pushed by the Node side. Unknown names and malformed payloads give null:
 * a newer service may announce events this console does not know yet.
 */
export function parsePushedEvent(raw: unknown): PushedEvent | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const name: unknown = Reflect.get(raw, 'name');
  if (typeof name !== 'string' || !isEventName(name)) return null;
  const payload = EVENTS[name].safeParse(Reflect.get(raw, 'payload'));
  if (!payload.success) return null;
  return { name, payload: payload.data };
}

/** The same, for the text of a server-sent event. */
export function parsePushedEventText(text: string): PushedEvent | null {
  try {
    return parsePushedEvent(JSON.parse(text));
  } catch {
    return null;
  }
}

/** One member per event name, so a switch on `name` narrows `payload` too. */
export type KnownEvent = { [N in EventName]: PushedEvent<N> }[EventName];

/**
 * The event as a union a switch can narrow. Both transports deliver only what
 * parsePushedEvent accepted, where each payload was checked against its own name's schema, so
 * the name and payload always belong together: the one assertion TypeScript cannot make itself.
 */
export function asKnownEvent(event: PushedEvent): KnownEvent {
  return event as KnownEvent;
}
