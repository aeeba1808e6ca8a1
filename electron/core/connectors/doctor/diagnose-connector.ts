import type { Diagnosis, DiagnosisStage, DiagnosisStageName } from '../../../../shared/contract/diagnosis';
import type { ConnectorConfig } from '../connector-config';
import { HEALTH_TIMEOUT_MS } from '../health-probe';
import { ALL_PASSED_ADVICE, invalidAddressAdvice } from './advice';
import { checkDns, systemResolver } from './check-dns';
import type { HostResolver, ResolvedAddress } from './check-dns';
import { checkHttp } from './check-http';
import { checkProbe } from './check-probe';
import type { ProbeOutcomes } from './check-probe';
import { checkTcp } from './check-tcp';
import { checkTls } from './check-tls';
import { failed, skipped } from './stage-outcome';
import type { StageOutcome } from './stage-outcome';
import { parseTarget } from './target';
import type { DoctorTarget } from './target';

export type { HostResolver, ResolvedAddress } from './check-dns';

export interface DiagnoseOptions {
  /** Per network step (lookup, connect, handshake, first answer). The probe keeps its own 5 s. */
  timeoutMs?: number;
  /** Replaces the system's DNS for the lookup step (tests). */
  resolver?: HostResolver;
  /** Extra certificate authorities (PEM) the TLS and HTTP steps trust; for tests and company proxies. */
  ca?: string | Buffer;
  now?: () => Date;
}

const STAGE_ORDER: readonly DiagnosisStageName[] = ['dns', 'tcp', 'tls', 'http', 'auth', 'api'];

/**
 * The connection doctor: walks from name lookup up to the API's answer, stops at the first step
 * that fails and says, in a finance user's words, whose problem it is and what to do.
 */
export async function diagnoseConnector(connector: ConnectorConfig, options: DiagnoseOptions = {}): Promise<Diagnosis> {
  const timeoutMs = options.timeoutMs ?? HEALTH_TIMEOUT_MS;
  const parsed = parseTarget(connector.baseUrl);
  if ('problem' in parsed) {
    return assemble(connector.id, { dns: failed(parsed.problem, 0, 'integration', invalidAddressAdvice()) });
  }
  const target: DoctorTarget = parsed;
  const found: Partial<Record<DiagnosisStageName, StageOutcome>> = {};

  const dns = await checkDns(target, options.resolver ?? systemResolver, timeoutMs);
  found.dns = dns.outcome;
  if (dns.outcome.status === 'failed') return assemble(connector.id, found);

  const tcp = await checkTcp(target, dns.addresses, timeoutMs);
  found.tcp = tcp.outcome;
  const address: ResolvedAddress | null = tcp.address;
  if (address === null) return assemble(connector.id, found);

  found.tls = await checkTls(target, address, { timeoutMs, ca: options.ca, now: options.now });
  if (found.tls.status === 'failed') return assemble(connector.id, found);

  found.http = await checkHttp(target, address, { timeoutMs, ca: options.ca });
  if (found.http.status === 'failed') return assemble(connector.id, found);

  const probe: ProbeOutcomes = await checkProbe(connector, target);
  found.auth = probe.auth;
  found.api = probe.api;
  return assemble(connector.id, found);
}

/** Lays the steps out in order; everything after the first failure (or never reached) is skipped. */
function assemble(connectorId: string, found: Partial<Record<DiagnosisStageName, StageOutcome>>): Diagnosis {
  const stages: DiagnosisStage[] = [];
  let failure: { stage: DiagnosisStageName; outcome: Extract<StageOutcome, { status: 'failed' }> } | null = null;
  for (const stage of STAGE_ORDER) {
    const outcome: StageOutcome = failure === null ? (found[stage] ?? skipped('Not checked')) : skipped('Not checked: an earlier step failed');
    stages.push({ stage, status: outcome.status, detail: outcome.detail, durationMs: outcome.durationMs });
    if (failure === null && outcome.status === 'failed') failure = { stage, outcome };
  }
  return {
    connectorId,
    stages,
    failedStage: failure?.stage ?? null,
    failureClass: failure?.outcome.failureClass ?? null,
    advice: failure?.outcome.advice ?? ALL_PASSED_ADVICE,
  };
}
