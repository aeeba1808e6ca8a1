import { describe, expect, it } from 'vitest';
import type { ConnectorHealth, TransmissionFailure } from '../../../shared/contract/connectors';
import {
  adviceFor,
  kindText,
  latencyText,
  modeText,
  statusText,
  statusTone,
} from '../../../renderer/src/pages/connections/connector-text';

const failure = (failureClass: TransmissionFailure['failureClass']): TransmissionFailure => ({
  failureClass,
  endpoint: 'GET /v1/balance',
  httpStatus: null,
  message: 'connect ECONNREFUSED',
  occurredAt: '2025-01-01T00:00:00Z',
});

const health = (state: ConnectorHealth['state'], lastFailure: TransmissionFailure | null = null): ConnectorHealth => ({
  state,
  checkedAt: null,
  latencyMs: null,
  lastSuccessAt: null,
  failingSince: null,
  lastFailure,
});

describe('connector status text', () => {
  it('says Healthy, whatever failed before', () => {
    expect(statusText(health('healthy'))).toBe('Healthy');
    expect(statusText(health('healthy', failure('system')))).toBe('Healthy');
  });

  it('names the class of the last failure when failing', () => {
    expect(statusText(health('failing', failure('connection')))).toBe('Connection issue');
    expect(statusText(health('failing', failure('system')))).toBe('System issue');
    expect(statusText(health('failing', failure('integration')))).toBe('Integration issue');
  });

  it('falls back to a connection issue when a failing connector has no recorded failure', () => {
    expect(statusText(health('failing'))).toBe('Connection issue');
  });

  it('says Not checked yet for an unknown state', () => {
    expect(statusText(health('unknown'))).toBe('Not checked yet');
    expect(statusTone(health('unknown'))).toBe('neutral');
  });

  it('tones healthy good and failing bad', () => {
    expect(statusTone(health('healthy'))).toBe('good');
    expect(statusTone(health('failing', failure('system')))).toBe('bad');
  });
});

describe('connector advice and labels', () => {
  it('tells the user what to do for each class', () => {
    expect(adviceFor('connection')).toBe('Ask the partner to check that the host is reachable');
    expect(adviceFor('system')).toBe("The partner's service is up but unwell; Paydesk retries later");
    expect(adviceFor('integration')).toBe('A person must fix the mapping, credentials or flow; retrying will not help');
  });

  it('labels kind, mode and latency', () => {
    expect(kindText('gateway')).toBe('Payment gateway');
    expect(kindText('billing')).toBe('Billing system');
    expect(modeText('sandbox')).toBe('Sandbox');
    expect(modeText('live')).toBe('Live');
    expect(latencyText(42)).toBe('42 ms');
    expect(latencyText(null)).toBe('Not measured');
  });
});
