import { connect } from 'node:net';
import { describeNetworkError } from '../classify-failure';
import { reachabilityAdvice } from './advice';
import type { ResolvedAddress } from './check-dns';
import { elapsedSince, failed, formatSeconds, passed } from './stage-outcome';
import type { StageOutcome } from './stage-outcome';
import type { DoctorTarget } from './target';

export interface TcpResult {
  outcome: StageOutcome;
  /** The address that accepted, which the later steps reuse so they test the same path. */
  address: ResolvedAddress | null;
}

/**
 * Tries each address in turn, as a browser would: "localhost" often resolves to ::1 first while
 * the server listens on 127.0.0.1 only, and that is not a failure.
 */
export async function checkTcp(target: DoctorTarget, addresses: ResolvedAddress[], timeoutMs: number): Promise<TcpResult> {
  const started = performance.now();
  const problems: string[] = [];
  for (const address of addresses) {
    const attempt = performance.now();
    try {
      await openAndClose(address.address, target.port, timeoutMs);
      const detail = `Connected to ${formatAddress(address)} port ${target.port} in ${elapsedSince(attempt)} ms`;
      return { outcome: passed(detail, elapsedSince(started)), address };
    } catch (error) {
      problems.push(`${formatAddress(address)}: ${describeNetworkError(error)}`);
    }
  }
  const detail = `Could not connect to ${target.host} port ${target.port} (${problems.join('; ')})`;
  return {
    outcome: failed(detail, elapsedSince(started), 'connection', reachabilityAdvice(target.host, target.port)),
    address: null,
  };
}

function openAndClose(host: string, port: number, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(Object.assign(new Error(`no answer within ${formatSeconds(timeoutMs)}`), { code: 'ETIMEDOUT' }));
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.destroy();
      resolve();
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

export function formatAddress(address: ResolvedAddress): string {
  return address.family === 6 ? `[${address.address}]` : address.address;
}
