import { describe, expect, it } from 'vitest';
import { callsReading, queryKeyOf } from '../../../shared/contract/query-keys';

describe('query keys', () => {
  it('start with the call name so a whole call can be invalidated by prefix', () => {
    expect(queryKeyOf('connectors.check', { connectorId: 'gw' })).toEqual(['connectors.check', { connectorId: 'gw' }]);
  });

  it('map changed tables to the calls that read them', () => {
    expect(callsReading(['connector_health'])).toEqual(['connectors.list']);
    expect(callsReading(['audit_log'])).toEqual(['audit.list', 'audit.verify']);
    expect(callsReading(['settings'])).toEqual(['operator.get', 'webhook.get', 'checkouts.list', 'checkouts.funnel', 'checkouts.days', 'checkouts.settings', 'overview.metrics']);
    expect(callsReading(['alerts'])).toEqual(['alerts.list']);
    expect(callsReading(['outbox'])).toEqual(['outbox.summary', 'outbox.list', 'outbox.detail', 'outbox.forItem']);
    expect(callsReading(['refunds'])).toEqual([]);
  });
});
