import { isIP } from 'node:net';

/** Where a connector's base URL points, in the terms the doctor's steps need. */
export interface DoctorTarget {
  url: URL;
  /** Host name or IP literal, without the brackets URL keeps around IPv6. */
  host: string;
  port: number;
  secure: boolean;
  /** This computer: the sandbox, or a developer's local server. */
  loopback: boolean;
  /** 4 or 6 for an IP literal, 0 for a name. */
  ipFamily: 0 | 4 | 6;
}

/** Parses a base URL, or says in words why it cannot be used. */
export function parseTarget(baseUrl: string): DoctorTarget | { problem: string } {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return { problem: `"${baseUrl}" is not a web address` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { problem: `"${baseUrl}" does not start with https://` };
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const family = isIP(host);
  const secure = url.protocol === 'https:';
  return {
    url,
    host,
    port: url.port ? Number(url.port) : secure ? 443 : 80,
    secure,
    loopback: isLoopback(host),
    ipFamily: family === 4 || family === 6 ? family : 0,
  };
}

function isLoopback(host: string): boolean {
  const lower = host.toLowerCase();
  if (lower === 'localhost' || lower.endsWith('.localhost')) return true;
  if (isIP(lower) === 4) return lower.startsWith('127.');
  return lower === '::1' || lower === '0:0:0:0:0:0:0:1';
}
