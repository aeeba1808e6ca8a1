import { z } from 'zod';
import { AppInfo } from './app';
import { ConnectorId, ConnectorSummary } from './connectors';
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
    reads: ['connectors', 'connector_health', 'transmission_failures'],
  },
  'connectors.check': {
    input: z.object({ connectorId: ConnectorId }).strict(),
    output: ConnectorSummary,
    reads: [],
  },
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
