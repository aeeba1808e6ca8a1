import { describe, expect, it } from 'vitest';
import { CircuitBreaker, CircuitBreakers } from '../../../../electron/core/connectors/retry/circuit-breaker';
import { TransmissionError } from '../../../../electron/core/connectors/transmission-error';

const refused = new TransmissionError('connection', 'GET /v1/charges', 'The connection was refused');
const unavailable = new TransmissionError('system', 'GET /Invoices', 'HTTP 503', 503);
const drift = new TransmissionError('integration', 'GET /Invoices', 'field Total is missing', 200);

function breaker(): { breaker: CircuitBreaker; clock: { now: number } } {
  const clock = { now: Date.parse('2026-11-01T12:00:00Z') };
  return { breaker: new CircuitBreaker('Sandbox billing system', { failureThreshold: 3, coolDownMs: 30_000 }, () => clock.now), clock };
}

function rejection(run: () => void): TransmissionError {
  try {
    run();
  } catch (error) {
    if (error instanceof TransmissionError) return error;
    throw error;
  }
  throw new Error('expected admit() to refuse');
}

describe('CircuitBreaker', () => {
  it('stays closed below the threshold, and a success resets the count', () => {
    const { breaker: circuit } = breaker();
    circuit.recordFailure(refused);
    circuit.recordFailure(refused);
    circuit.recordSuccess();
    circuit.recordFailure(refused);
    circuit.recordFailure(refused);
    expect(circuit.state).toBe('closed');
    expect(() => circuit.admit('GET /Invoices')).not.toThrow();
  });

  it('opens after N failures in a row and then fails fast, saying until when, with the last class', () => {
    const { breaker: circuit, clock } = breaker();
    circuit.recordFailure(refused);
    circuit.recordFailure(refused);
    circuit.recordFailure(unavailable);
    expect(circuit.state).toBe('open');
    clock.now += 10_000;
    const refusal = rejection(() => circuit.admit('GET /Invoices'));
    expect(refusal).toMatchObject({ failureClass: 'system', endpoint: 'GET /Invoices', httpStatus: null, retryAfterMs: 20_000 });
    expect(refusal.message).toBe('Paused after 3 failed attempts in a row: Paydesk will not contact Sandbox billing system again until 2026-11-01T12:00:30.000Z');
  });

  it('half-opens after the cool-down: one trial goes through, a success closes it', () => {
    const { breaker: circuit, clock } = breaker();
    for (let i = 0; i < 3; i += 1) circuit.recordFailure(refused);
    clock.now += 30_000;
    expect(circuit.state).toBe('half_open');
    circuit.admit('GET /Invoices');
    // Only one trial at a time.
    expect(() => circuit.admit('GET /Invoices')).toThrow(TransmissionError);
    circuit.recordSuccess();
    expect(circuit.state).toBe('closed');
    expect(() => circuit.admit('GET /Invoices')).not.toThrow();
  });

  it('re-opens for a whole cool-down when the trial fails', () => {
    const { breaker: circuit, clock } = breaker();
    for (let i = 0; i < 3; i += 1) circuit.recordFailure(refused);
    clock.now += 31_000;
    circuit.admit('GET /Invoices');
    circuit.recordFailure(refused);
    expect(circuit.state).toBe('open');
    expect(circuit.pausedUntil).toBe(clock.now + 30_000);
  });

  it('does not count integration failures: the partner answered, it is reachable', () => {
    const { breaker: circuit } = breaker();
    circuit.recordFailure(refused);
    circuit.recordFailure(refused);
    circuit.recordFailure(drift);
    circuit.recordFailure(refused);
    expect(circuit.state).toBe('closed');
  });

  it('keeps one breaker per connector', () => {
    const breakers = new CircuitBreakers({ failureThreshold: 1, coolDownMs: 1_000 });
    breakers.for('gateway', 'Gateway').recordFailure(refused);
    expect(breakers.for('gateway', 'Gateway').state).toBe('open');
    expect(breakers.for('billing', 'Billing').state).toBe('closed');
  });
});
