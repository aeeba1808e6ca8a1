import { EVENTS, type EventPayload, type PushedEvent } from '../../../shared/contract/events';
import type { EventName } from '../../../shared/contract/names';

export type EventListener = (event: PushedEvent) => void;

/** Fans typed events out to every transport's subscribers. Payloads are checked on the way out. */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  emit<N extends EventName>(name: N, payload: EventPayload<N>): void {
    const event: PushedEvent = { name, payload: EVENTS[name].parse(payload) };
    for (const listener of this.listeners) listener(event);
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
