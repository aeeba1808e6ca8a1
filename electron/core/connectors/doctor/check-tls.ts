import { connect } from 'node:tls';
import type { PeerCertificate } from 'node:tls';
import { describeNetworkError } from '../classify-failure';
import { httpsRequiredAdvice, reachabilityAdvice, tlsAdvice } from './advice';
import type { ResolvedAddress } from './check-dns';
import { elapsedSince, failed, formatSeconds, passed, skipped } from './stage-outcome';
import type { StageOutcome } from './stage-outcome';
import type { DoctorTarget } from './target';

const EXPIRY_WARNING_DAYS = 14;
const DAY_MS = 86_400_000;

export interface TlsOptions {
  timeoutMs: number;
  /** Extra authorities to trust (PEM), on top of the system's; for tests and company proxies. */
  ca?: string | Buffer | undefined;
  now?: (() => Date) | undefined;
}

export async function checkTls(target: DoctorTarget, address: ResolvedAddress, options: TlsOptions): Promise<StageOutcome> {
  if (!target.secure) {
    if (target.loopback) return skipped('plain HTTP on this computer (sandbox)');
    return failed(
      `https is required: ${target.host} was given as plain http://, which anyone on the network could read`,
      0,
      // Retrying or asking the partner will not help: a person has to correct the address.
      'integration',
      httpsRequiredAdvice(target.host),
    );
  }
  const started = performance.now();
  try {
    const { protocol, certificate } = await handshake(target, address, options);
    return passed(describeCertificate(protocol, certificate, options.now?.() ?? new Date()), elapsedSince(started));
  } catch (error) {
    const reason = tlsReason(error);
    const detail = `No trusted secure connection to ${target.host} port ${target.port}: ${reason}`;
    const advice = reason.startsWith('no answer') ? reachabilityAdvice(target.host, target.port) : tlsAdvice(target.host, reason);
    return failed(detail, elapsedSince(started), 'connection', advice);
  }
}

function handshake(
  target: DoctorTarget,
  address: ResolvedAddress,
  options: TlsOptions,
): Promise<{ protocol: string; certificate: PeerCertificate }> {
  return new Promise((resolve, reject) => {
    const socket = connect({
      host: address.address,
      port: target.port,
      // The certificate must match the name the user gave, not the address it resolved to.
      ...(target.ipFamily === 0 ? { servername: target.host } : {}),
      rejectUnauthorized: true,
      ...(options.ca === undefined ? {} : { ca: options.ca }),
    });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(Object.assign(new Error(`no answer to the secure handshake within ${formatSeconds(options.timeoutMs)}`), { code: 'TLS_TIMEOUT' }));
    }, options.timeoutMs);
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      const result = { protocol: socket.getProtocol() ?? 'TLS', certificate: socket.getPeerCertificate() };
      socket.destroy();
      resolve(result);
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      socket.destroy();
      reject(error);
    });
  });
}

function describeCertificate(protocol: string, certificate: PeerCertificate, now: Date): string {
  const subject = certificate.subject?.CN;
  const forWhom = typeof subject === 'string' && subject ? ` for ${subject}` : '';
  const validTo = Date.parse(certificate.valid_to);
  if (Number.isNaN(validTo)) return `${protocol}, certificate${forWhom} verified`;
  const until = new Date(validTo).toISOString().slice(0, 10);
  const daysLeft = Math.floor((validTo - now.getTime()) / DAY_MS);
  const warning = daysLeft < EXPIRY_WARNING_DAYS ? ` (expires in ${Math.max(0, daysLeft)} days: tell the partner)` : '';
  return `${protocol}, certificate${forWhom} valid until ${until}${warning}`;
}

const TLS_REASONS: Readonly<Record<string, string>> = {
  CERT_HAS_EXPIRED: 'the certificate has expired',
  CERT_NOT_YET_VALID: 'the certificate is not valid yet (check this computer\'s clock)',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the certificate is self-signed, not issued by an authority this computer trusts',
  SELF_SIGNED_CERT_IN_CHAIN: 'the certificate chain ends in an authority this computer does not trust',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the certificate is issued by an authority this computer does not trust',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the certificate could not be verified',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the certificate is for a different host name',
  CERT_REVOKED: 'the certificate has been revoked',
};

function tlsReason(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'TLS_TIMEOUT' && error instanceof Error) return error.message;
  const known = TLS_REASONS[code];
  if (known) return `${known} (${code})`;
  // A plain-HTTP server answers the TLS hello with text, which OpenSSL reports as a bad record.
  if (/WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|UNKNOWN_PROTOCOL|RECORD_LAYER|HTTP_REQUEST/i.test(code)) {
    return `the server does not speak TLS on this port (${code})`;
  }
  return describeNetworkError(error) + (code ? ` (${code})` : '');
}
