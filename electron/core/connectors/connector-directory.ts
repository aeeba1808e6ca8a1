import type { ConnectorConfig } from './connector-config';

/**
 * The partners this workspace talks to right now, with their secrets (memory only). Live
 * connectors can be added or removed while the console runs; the sandbox ones are fixed.
 */
export class ConnectorDirectory {
  private readonly byId = new Map<string, ConnectorConfig>();

  constructor(initial: readonly ConnectorConfig[]) {
    for (const connector of initial) this.byId.set(connector.id, connector);
  }

  list(): ConnectorConfig[] {
    return [...this.byId.values()];
  }

  find(id: string): ConnectorConfig | undefined {
    return this.byId.get(id);
  }

  put(connector: ConnectorConfig): void {
    this.byId.set(connector.id, connector);
  }

  remove(id: string): boolean {
    return this.byId.delete(id);
  }
}
