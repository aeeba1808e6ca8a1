import { z } from 'zod';
import { FailureClass } from '../domain/failure-class';
import { UtcInstant } from '../domain/time';

export const ConnectorId = z.string().regex(/^[a-z][a-z0-9-]{0,62}$/, 'a connector id');
export type ConnectorId = z.infer<typeof ConnectorId>;

export const ConnectorKind = z.enum(['gateway', 'billing']);
export type ConnectorKind = z.infer<typeof ConnectorKind>;

export const ConnectorMode = z.enum(['sandbox', 'live']);
export type ConnectorMode = z.infer<typeof ConnectorMode>;

export const TransmissionFailure = z.object({
  failureClass: FailureClass,
  endpoint: z.string(),
  httpStatus: z.number().int().nullable(),
  message: z.string(),
  occurredAt: UtcInstant,
});
export type TransmissionFailure = z.infer<typeof TransmissionFailure>;

export const ConnectorHealth = z.object({
  state: z.enum(['healthy', 'failing', 'unknown']),
  checkedAt: UtcInstant.nullable(),
  latencyMs: z.number().int().nonnegative().nullable(),
  lastSuccessAt: UtcInstant.nullable(),
  /** When the current run of failures began: "offline since". Null while healthy. */
  failingSince: UtcInstant.nullable(),
  lastFailure: TransmissionFailure.nullable(),
});
export type ConnectorHealth = z.infer<typeof ConnectorHealth>;

export const ConnectorSummary = z.object({
  id: ConnectorId,
  kind: ConnectorKind,
  name: z.string(),
  mode: ConnectorMode,
  baseUrl: z.string(),
  health: ConnectorHealth,
  /** When the oldest of this connector's synced resources was last brought up to date; null if never. */
  dataAsOf: UtcInstant.nullable(),
});
export type ConnectorSummary = z.infer<typeof ConnectorSummary>;

const ConnectorName = z.string().trim().min(1).max(80);

/** A live account to connect: its secret goes to the OS keychain, never to the database. */
export const ConnectorSetup = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('gateway'),
      name: ConnectorName,
      baseUrl: z.string().max(2048),
      apiKey: z.string().trim().min(8).max(512),
    })
    .strict(),
  z
    .object({
      kind: z.literal('billing'),
      name: ConnectorName,
      baseUrl: z.string().max(2048),
      accessToken: z.string().trim().min(8).max(8192),
      tenantId: z.string().trim().min(1).max(128),
    })
    .strict(),
]);
export type ConnectorSetup = z.infer<typeof ConnectorSetup>;

/** Signing in to Xero with OAuth2 (PKCE) in the system browser. */
export const XeroSignIn = z
  .object({
    name: ConnectorName.default('Xero'),
    /** The client id of the organisation's Xero app (type "Auth code with PKCE"). */
    clientId: z.string().trim().regex(/^[A-Za-z0-9_-]{8,128}$/, 'a Xero app client id'),
    /** Which organisation to read when the sign-in grants several; the first otherwise. */
    tenantId: z.string().trim().min(1).max(128).optional(),
  })
  .strict();
export type XeroSignIn = z.infer<typeof XeroSignIn>;
