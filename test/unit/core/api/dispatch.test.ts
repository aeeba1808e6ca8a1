import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '../../../../electron/core/api/dispatch';
import type { Logger } from '../../../../electron/core/util/logger';
import { ApiError } from '../../../../shared/contract/errors';
import type { ConnectorSummary } from '../../../../shared/contract/connectors';

const summary: ConnectorSummary = {
  id: 'sandbox-gateway',
  kind: 'gateway',
  name: 'Gateway',
  mode: 'sandbox',
  baseUrl: 'http://127.0.0.1:1',
  health: { state: 'unknown', checkedAt: null, latencyMs: null, lastSuccessAt: null, failingSince: null, lastFailure: null },
  dataAsOf: null,
};

function recordingLogger(): Logger & { errors: string[] } {
  const errors: string[] = [];
  return { errors, info: () => undefined, error: (message) => errors.push(message) };
}

/** Only the calls these tests make; dispatch never reaches the others. */
function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const some: Partial<Handlers> = {
    'app.info': () => {
      throw new Error('not used');
    },
    'connectors.list': () => [summary],
    'connectors.check': ({ connectorId }) => ({ ...summary, id: connectorId }),
    'sandbox.status': () => ({ running: false, seed: null, servers: [] }),
    'sandbox.setFaults': () => {
      throw new ApiError('not_found', 'No sandbox');
    },
    ...overrides,
  };
  return some as Handlers;
}

describe('dispatch', () => {
  it('returns the handler value in an ok envelope', async () => {
    const envelope = await dispatch(handlers(), 'connectors.check', { connectorId: 'billing-x' }, recordingLogger());
    expect(envelope).toEqual({ ok: true, value: { ...summary, id: 'billing-x' } });
  });

  it('rejects an unknown call by name', async () => {
    expect(await dispatch(handlers(), 'connectors.drop', {}, recordingLogger())).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'There is no call named "connectors.drop".' },
    });
  });

  it('rejects invalid input, naming the field, without calling the handler', async () => {
    let called = false;
    const envelope = await dispatch(
      handlers({ 'connectors.check': () => ((called = true), summary) }),
      'connectors.check',
      { connectorId: 'Not An Id!' },
      recordingLogger(),
    );
    expect(called).toBe(false);
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) {
      expect(envelope.error.code).toBe('validation');
      expect(envelope.error.message).toContain('connectorId');
    }
  });

  it('rejects unexpected extra fields (strict inputs)', async () => {
    const envelope = await dispatch(handlers(), 'connectors.list', { sql: 'DROP TABLE x' }, recordingLogger());
    expect(envelope).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('passes an ApiError through as its code and message', async () => {
    expect(await dispatch(handlers(), 'sandbox.setFaults', { server: 'gateway', faults: { down: true } }, recordingLogger())).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No sandbox' },
    });
  });

  it('logs an unexpected error and answers internal without its details', async () => {
    const logger = recordingLogger();
    const envelope = await dispatch(
      handlers({
        'connectors.list': () => {
          throw new Error('SQLITE_BUSY at /secret/path');
        },
      }),
      'connectors.list',
      {},
      logger,
    );
    expect(envelope).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!envelope.ok) expect(envelope.error.message).not.toContain('/secret/path');
    expect(logger.errors).toEqual(['connectors.list failed']);
  });

  it('refuses to return an output outside the contract', async () => {
    const logger = recordingLogger();
    const envelope = await dispatch(
      handlers({ 'connectors.list': () => [{ ...summary, kind: 'bank' }] as unknown as ConnectorSummary[] }),
      'connectors.list',
      {},
      logger,
    );
    expect(envelope).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logger.errors).toHaveLength(1);
  });
});
