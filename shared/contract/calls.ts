import { z } from 'zod';
import { AppInfo } from './app';
import { ConnectorId, ConnectorSetup, ConnectorSummary, XeroSignIn } from './connectors';
import { Diagnosis, FailureCountsDay } from './diagnosis';
import { ImportFormat, ImportPreview, ImportSource, Mapping, MappingName } from './imports';
import { JobId, JobProgress } from './jobs';
import type { CallName } from './names';
import { FaultSpec, SandboxServerName, SandboxServerStatus, SandboxStatus } from './sandbox';
import type { TableName } from './tables';

export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Tables the result depends on: a `data.changed` naming one of them refreshes it. */
  reads: readonly TableName[];
}

const empty = z.object({}).strict();

/** Every call the UI can make, declared once. Both transports validate against these. */
export const CALLS = {
  'app.info': { input: empty, output: AppInfo, reads: [] },
  'connectors.list': {
    input: empty,
    output: z.array(ConnectorSummary),
    reads: ['connectors', 'connector_health', 'transmission_failures', 'sync_state'],
  },
  'connectors.check': {
    input: z.object({ connectorId: ConnectorId }).strict(),
    output: ConnectorSummary,
    reads: [],
  },
  'connectors.configure': {
    input: z.object({ setup: ConnectorSetup }).strict(),
    output: ConnectorSummary,
    reads: [],
  },
  'connectors.connectXero': {
    input: z.object({ signIn: XeroSignIn }).strict(),
    /** The page to open in the system browser; the sign-in then finishes as the returned job. */
    output: z.object({ authorizeUrl: z.url({ protocol: /^https?$/ }), job: JobProgress }),
    reads: [],
  },
  'connectors.remove': {
    input: z.object({ connectorId: ConnectorId }).strict(),
    output: z.object({ removed: z.boolean() }),
    reads: [],
  },
  'connectors.diagnose': {
    input: z.object({ connectorId: ConnectorId }).strict(),
    output: Diagnosis,
    reads: [],
  },
  'connectors.failureCounts': {
    input: z.object({ connectorId: ConnectorId, days: z.number().int().min(1).max(90).default(14) }).strict(),
    output: z.array(FailureCountsDay),
    reads: ['transmission_failures'],
  },
  'sync.start': {
    input: z.object({ connectorIds: z.array(ConnectorId).min(1).optional() }).strict(),
    output: JobProgress,
    reads: [],
  },
  'import.preview': {
    input: z.object({ source: ImportSource, format: ImportFormat }).strict(),
    output: ImportPreview,
    reads: [],
  },
  'import.start': {
    input: z.object({ source: ImportSource, format: ImportFormat }).strict(),
    output: JobProgress,
    reads: [],
  },
  'mappings.list': { input: empty, output: z.array(Mapping), reads: ['import_mappings'] },
  'mappings.save': { input: z.object({ mapping: Mapping }).strict(), output: Mapping, reads: [] },
  'mappings.delete': {
    input: z.object({ name: MappingName }).strict(),
    output: z.object({ deleted: z.boolean() }),
    reads: [],
  },
  'jobs.list': { input: empty, output: z.array(JobProgress), reads: ['job_runs'] },
  'jobs.cancel': { input: z.object({ jobId: JobId }).strict(), output: JobProgress, reads: [] },
  'sandbox.status': { input: empty, output: SandboxStatus, reads: [] },
  'sandbox.setFaults': {
    input: z.object({ server: SandboxServerName, faults: FaultSpec.partial().strict() }).strict(),
    output: SandboxServerStatus,
    reads: [],
  },
} as const satisfies Record<CallName, CallSpec>;

export type Calls = typeof CALLS;
export type CallInput<N extends CallName> = z.input<Calls[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Calls[N]['output']>;
