import { describe, expect, it } from 'vitest';
import { envelopeFromReply, offlineEnvelope } from '../../../renderer/src/api/envelope';

describe('envelopeFromReply', () => {
  it('passes a success envelope through', () => {
    expect(envelopeFromReply(200, JSON.stringify({ ok: true, value: { a: 1 } }))).toEqual({ ok: true, value: { a: 1 } });
  });

  it('passes an error envelope through whatever the status', () => {
    const body = JSON.stringify({ ok: false, error: { code: 'not_found', message: 'No such connector' } });
    expect(envelopeFromReply(404, body)).toEqual({ ok: false, error: { code: 'not_found', message: 'No such connector' } });
    expect(envelopeFromReply(500, body)).toEqual({ ok: false, error: { code: 'not_found', message: 'No such connector' } });
  });

  it('reports a 2xx reply that is not an envelope as internal', () => {
    const envelope = envelopeFromReply(200, '<html>hello</html>');
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error.code).toBe('internal');
  });

  it('reports a proxy failure as a connection error and others as internal', () => {
    const proxy = envelopeFromReply(502, 'Bad Gateway');
    const crash = envelopeFromReply(500, 'Internal Server Error');
    const refused = envelopeFromReply(401, '');
    expect(proxy.ok ? null : proxy.error.code).toBe('connection');
    expect(crash.ok ? null : crash.error.code).toBe('internal');
    expect(crash.ok ? '' : crash.error.message).toContain('HTTP 500');
    expect(refused.ok ? '' : refused.error.message).toContain('HTTP 401');
  });

  it('rejects an envelope with an unknown error code', () => {
    const envelope = envelopeFromReply(400, JSON.stringify({ ok: false, error: { code: 'weird', message: 'x' } }));
    expect(envelope.ok ? null : envelope.error.code).toBe('internal');
  });
});

describe('offlineEnvelope', () => {
  it('says the service is not reachable', () => {
    expect(offlineEnvelope()).toEqual({
      ok: false,
      error: { code: 'offline', message: 'The Paydesk service is not reachable' },
    });
  });
});
