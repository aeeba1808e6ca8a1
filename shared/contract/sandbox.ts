import { z } from 'zod';

export const SandboxServerName = z.enum(['gateway', 'billing']);
export type SandboxServerName = z.infer<typeof SandboxServerName>;

const rate = z.number().min(0).max(1);

/** Faults a sandbox server injects, switchable while it runs. All off is a healthy server. */
export const FaultSpec = z.object({
  /** Refuse connections: the port is closed, as when a host is unreachable. */
  down: z.boolean(),
  /** Added before every response. */
  latencyMs: z.number().int().min(0).max(120_000),
  /** Share of requests answered 500/502. */
  serverErrorRate: rate,
  /** Every request answered 503 with a maintenance message. */
  maintenance: z.boolean(),
  /** More than this many requests a second are answered 429 with Retry-After; 0 is no limit. */
  rateLimitPerSecond: z.number().int().min(0),
  /** Share of responses cut off mid-body (the socket is destroyed). */
  dropRate: rate,
  /** Share of requests processed and committed whose response is never sent. */
  hangRate: rate,
  /** Responses with a field renamed or missing, as after an unannounced API change. */
  schemaDrift: z.enum(['none', 'renamed_field', 'missing_field']),
});
export type FaultSpec = z.infer<typeof FaultSpec>;

export const NO_FAULTS: FaultSpec = {
  down: false,
  latencyMs: 0,
  serverErrorRate: 0,
  maintenance: false,
  rateLimitPerSecond: 0,
  dropRate: 0,
  hangRate: 0,
  schemaDrift: 'none',
};

export const SandboxServerStatus = z.object({
  server: SandboxServerName,
  url: z.string(),
  faults: FaultSpec,
});
export type SandboxServerStatus = z.infer<typeof SandboxServerStatus>;

export const SandboxStatus = z.object({
  running: z.boolean(),
  seed: z.number().int().nullable(),
  servers: z.array(SandboxServerStatus),
});
export type SandboxStatus = z.infer<typeof SandboxStatus>;
