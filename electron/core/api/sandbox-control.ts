import type { FaultSpec, SandboxServerName, SandboxServerStatus, SandboxStatus } from '../../../shared/contract/sandbox';

/**
 * What the console may do with the built-in sandbox, when one runs. Core sees only this
 * interface; the sandbox servers themselves live in electron/sandbox.
 */
export interface SandboxControl {
  status(): SandboxStatus;
  setFaults(server: SandboxServerName, patch: Partial<FaultSpec>): Promise<SandboxServerStatus>;
}
