// The sentences a finance user reads when the doctor finds a problem. Each names who can fix it
// and what to ask them, because "ECONNREFUSED" tells a finance team nothing.

export const ALL_PASSED_ADVICE = 'Everything works.';

export function invalidAddressAdvice(): string {
  return 'The address in Connections is not a valid web address. Correct it (it should start with https://) and run the check again.';
}

export function dnsAdvice(host: string): string {
  return `Paydesk could not find ${host}. Check the address in Connections for typing mistakes; if it is right, ask your IT team to check this computer's network and DNS.`;
}

export function reachabilityAdvice(host: string, port: number): string {
  return `Ask the partner (or your IT team) to check that ${host} is reachable on port ${port} from this computer.`;
}

export function tlsAdvice(host: string, reason: string): string {
  return `The secure connection to ${host} could not be trusted (${reason}). Ask the partner to check their certificate, or your IT team whether something on this network intercepts secure connections.`;
}

export function httpsRequiredAdvice(host: string): string {
  return `Paydesk only talks to ${host} over a secure connection. Change the address in Connections to start with https://.`;
}

export function systemAdvice(status: number): string {
  if (status === 429) {
    return 'The partner is limiting how often Paydesk may call (HTTP 429). Paydesk will retry after the wait the partner asks for; if it persists, check the partner\'s status page.';
  }
  return `The partner's service is up but unwell (HTTP ${status}). Paydesk will retry; check the partner's status page.`;
}

export function authAdvice(): string {
  return 'The partner refused the credentials. Reconnect the account in Connections or check the API key.';
}

export function driftAdvice(field: string | null): string {
  return `The partner's answer has changed shape (field ${field ?? 'unknown'}). Paydesk needs an update; contact support.`;
}

export function rejectedRequestAdvice(status: number): string {
  return `The partner rejected Paydesk's request (HTTP ${status}). Check that the address in Connections points at the partner's API; if it does, contact support.`;
}
