import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// RFC 7636: the verifier stays in this process; only its SHA-256 travels through the browser,
// so a code intercepted on the way back is useless without it.

/** 32 random bytes, base64url: 43 characters, inside the 43-128 the RFC allows. */
export function createCodeVerifier(): string {
  return randomBytes(32).toString('base64url');
}

export function codeChallengeS256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/** The state parameter: ties the callback to the sign-in this process started. */
export function createState(): string {
  return randomBytes(16).toString('base64url');
}

/** Compares without leaking, through timing, how much of a guessed state was right. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
