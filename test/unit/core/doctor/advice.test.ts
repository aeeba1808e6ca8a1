import { describe, expect, it } from 'vitest';
import { classifyProbeFailure } from '../../../../electron/core/connectors/doctor/check-probe';
import { parseTarget } from '../../../../electron/core/connectors/doctor/target';
import type { DoctorTarget } from '../../../../electron/core/connectors/doctor/target';
import { TransmissionError } from '../../../../electron/core/connectors/transmission-error';

function target(url: string): DoctorTarget {
  const parsed = parseTarget(url);
  if ('problem' in parsed) throw new Error(parsed.problem);
  return parsed;
}

describe('parseTarget', () => {
  it('fills in default ports and recognises loopback and IP literals', () => {
    expect(target('https://api.example.com')).toMatchObject({ host: 'api.example.com', port: 443, secure: true, loopback: false, ipFamily: 0 });
    expect(target('http://127.0.0.1:4010/')).toMatchObject({ port: 4010, secure: false, loopback: true, ipFamily: 4 });
    expect(target('http://[::1]:81')).toMatchObject({ host: '::1', loopback: true, ipFamily: 6 });
    expect(target('http://localhost:3000')).toMatchObject({ loopback: true, ipFamily: 0 });
  });

  it('explains an address it cannot use', () => {
    expect(parseTarget('not a url')).toEqual({ problem: '"not a url" is not a web address' });
    expect(parseTarget('ftp://files.example.com')).toEqual({ problem: '"ftp://files.example.com" does not start with https://' });
  });
});

describe('classifyProbeFailure', () => {
  const partner = target('https://api.example.com');

  it('fails authentication on 401 and 403 as an integration problem', () => {
    for (const status of [401, 403]) {
      const outcomes = classifyProbeFailure(new TransmissionError('integration', 'GET /v1/balance', `HTTP ${status}: no`, status), partner, 12);
      expect(outcomes.auth).toMatchObject({ status: 'failed', failureClass: 'integration', durationMs: 12 });
      expect(outcomes.auth.status === 'failed' && outcomes.auth.advice).toBe(
        'The partner refused the credentials. Reconnect the account in Connections or check the API key.',
      );
      expect(outcomes.api.status).toBe('skipped');
    }
  });

  it('passes authentication and fails the API step on schema drift, naming the field', () => {
    const error = new TransmissionError('integration', 'GET /v1/balance', 'Unexpected response shape at available.0.amount: Invalid input', 200);
    const outcomes = classifyProbeFailure(error, partner, 5);
    expect(outcomes.auth.status).toBe('passed');
    expect(outcomes.api).toMatchObject({
      status: 'failed',
      failureClass: 'integration',
      advice: "The partner's answer has changed shape (field available.0.amount). Paydesk needs an update; contact support.",
    });
  });

  it('treats 5xx and 429 at the probe as system problems with no verdict on the credentials', () => {
    const maintenance = classifyProbeFailure(new TransmissionError('system', 'GET /v1/balance', 'HTTP 503: down', 503), partner, 3);
    expect(maintenance.auth).toMatchObject({ status: 'skipped', detail: expect.stringMatching(/HTTP 503/) });
    expect(maintenance.api).toMatchObject({
      status: 'failed',
      failureClass: 'system',
      advice: "The partner's service is up but unwell (HTTP 503). Paydesk will retry; check the partner's status page.",
    });
    const limited = classifyProbeFailure(new TransmissionError('system', 'GET /v1/balance', 'HTTP 429: slow down', 429), partner, 3);
    expect(limited.api).toMatchObject({ status: 'failed', failureClass: 'system', advice: expect.stringMatching(/HTTP 429/) });
  });

  it('treats another 4xx at the probe as an integration problem with the address', () => {
    const outcomes = classifyProbeFailure(new TransmissionError('integration', 'GET /v1/balance', 'HTTP 404: nope', 404), partner, 3);
    expect(outcomes.api).toMatchObject({ status: 'failed', failureClass: 'integration', advice: expect.stringMatching(/points at the partner's API/) });
  });

  it('treats a probe with no answer (timeout, cut off) as a connection problem', () => {
    const outcomes = classifyProbeFailure(new TransmissionError('connection', 'GET /v1/balance', 'The request timed out'), partner, 5000);
    expect(outcomes.api).toMatchObject({
      status: 'failed',
      failureClass: 'connection',
      advice: 'Ask the partner (or your IT team) to check that api.example.com is reachable on port 443 from this computer.',
    });
  });
});
