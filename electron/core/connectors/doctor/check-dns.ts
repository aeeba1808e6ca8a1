import { lookup } from 'node:dns/promises';
import { describeNetworkError } from '../classify-failure';
import { dnsAdvice } from './advice';
import { elapsedSince, failed, passed, withTimeout } from './stage-outcome';
import type { StageOutcome } from './stage-outcome';
import type { DoctorTarget } from './target';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Turns a host name into addresses; injectable so tests can fail DNS or point a name at loopback. */
export interface HostResolver {
  lookup(hostname: string): Promise<ResolvedAddress[]>;
}

/** The operating system's resolver (getaddrinfo), as every other connection Paydesk makes uses it. */
export const systemResolver: HostResolver = {
  async lookup(hostname) {
    const found = await lookup(hostname, { all: true, verbatim: true });
    return found.map((entry) => ({ address: entry.address, family: entry.family === 6 ? 6 : 4 }));
  },
};

export interface DnsResult {
  outcome: StageOutcome;
  addresses: ResolvedAddress[];
}

export async function checkDns(target: DoctorTarget, resolver: HostResolver, timeoutMs: number): Promise<DnsResult> {
  if (target.ipFamily !== 0) {
    return {
      outcome: passed('IP address, no lookup needed', 0),
      addresses: [{ address: target.host, family: target.ipFamily }],
    };
  }
  const started = performance.now();
  try {
    const addresses = await withTimeout(resolver.lookup(target.host), timeoutMs, 'The lookup');
    if (addresses.length === 0) throw Object.assign(new Error('no addresses'), { code: 'ENOTFOUND' });
    const listed = addresses.map((entry) => `${entry.address} (IPv${entry.family})`).join(', ');
    return { outcome: passed(`${target.host} is ${listed}`, elapsedSince(started)), addresses };
  } catch (error) {
    const reason = describeNetworkError(error);
    return {
      outcome: failed(`${target.host} could not be looked up: ${reason}`, elapsedSince(started), 'connection', dnsAdvice(target.host)),
      addresses: [],
    };
  }
}
