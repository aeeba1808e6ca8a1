import type { ConnectorConfig } from '../connector-config';
import { probeConnector } from '../health-probe';
import { TransmissionError } from '../transmission-error';
import { authAdvice, driftAdvice, reachabilityAdvice, rejectedRequestAdvice, systemAdvice } from './advice';
import { elapsedSince, failed, passed, skipped } from './stage-outcome';
import type { StageOutcome } from './stage-outcome';
import type { DoctorTarget } from './target';

export interface ProbeOutcomes {
  auth: StageOutcome;
  api: StageOutcome;
}

/** The probe each kind makes (see health-probe.ts), named for the details the user reads. */
const PROBE_ENDPOINT: Readonly<Record<ConnectorConfig['kind'], string>> = {
  gateway: 'GET /v1/balance',
  billing: 'GET /api.xro/2.0/Organisation',
};

/**
 * The authentication and API steps share one call, the health probe: its status says whether
 * the credentials were accepted, its body whether the answer still has the shape we rely on.
 */
export async function checkProbe(connector: ConnectorConfig, target: DoctorTarget): Promise<ProbeOutcomes> {
  const started = performance.now();
  try {
    await probeConnector(connector);
    const durationMs = elapsedSince(started);
    const endpoint = PROBE_ENDPOINT[connector.kind];
    return {
      auth: passed(`The partner accepted the credentials (${endpoint})`, durationMs),
      api: passed(`The answer to ${endpoint} has the shape Paydesk expects`, 0),
    };
  } catch (error) {
    if (!(error instanceof TransmissionError)) throw error;
    return classifyProbeFailure(error, target, elapsedSince(started));
  }
}

export function classifyProbeFailure(error: TransmissionError, target: DoctorTarget, durationMs: number): ProbeOutcomes {
  const status = error.httpStatus;
  const said = `${error.endpoint}: ${error.message}`;
  if (status === 401 || status === 403) {
    return {
      auth: failed(`The partner refused the credentials (${said})`, durationMs, 'integration', authAdvice()),
      api: skipped('Not checked: an earlier step failed'),
    };
  }
  if (status !== null && status >= 200 && status < 300) {
    // A successful status with a body we cannot read: the credentials worked, the shape did not.
    return {
      auth: passed(`The partner accepted the credentials (${error.endpoint})`, durationMs),
      api: failed(`The answer changed shape (${said})`, 0, 'integration', driftAdvice(driftField(error.message))),
    };
  }
  const noVerdict = skipped(
    status === null ? 'No verdict: the partner did not answer the call' : `No verdict: the partner answered HTTP ${status} before checking the credentials`,
  );
  if (status === null) {
    return { auth: noVerdict, api: failed(`No answer to ${said}`, durationMs, error.failureClass, reachabilityAdvice(target.host, target.port)) };
  }
  const advice = error.failureClass === 'system' ? systemAdvice(status) : rejectedRequestAdvice(status);
  return { auth: noVerdict, api: failed(`The call failed (${said})`, durationMs, error.failureClass, advice) };
}

/** requestJson reports drift as "Unexpected response shape at <path>: …"; the path is the field. */
function driftField(message: string): string | null {
  const match = /shape at (.+?): /.exec(message);
  return match?.[1] && match[1] !== 'the body' ? match[1] : null;
}
