import { parseArgs } from 'node:util';
import type { FaultSpec, SandboxServerName } from '../../../shared/contract/sandbox';
import { parseFaultSpec, startSandbox, startSandboxControl } from '../../sandbox';
import { CliError } from '../cli-error';
import { parsePort, parseWholeNumber } from '../parse-port';
import { waitForShutdownSignal } from '../wait-for-signal';

export const SANDBOX_USAGE =
  'sandbox [--seed N] [--gateway-port P] [--billing-port Q] [--control-port C] [--faults [gateway:|billing:]SPEC]... [--json]';

/** `paydesk sandbox`: the two sandbox servers alone, for scripts and for trying the connectors. */
export async function sandboxCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      seed: { type: 'string' },
      'gateway-port': { type: 'string' },
      'billing-port': { type: 'string' },
      'control-port': { type: 'string' },
      faults: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    },
    strict: true,
  });
  const sandbox = await startSandbox({
    seed: parseWholeNumber(values.seed, '--seed'),
    gatewayPort: parsePort(values['gateway-port'], '--gateway-port'),
    billingPort: parsePort(values['billing-port'], '--billing-port'),
    faults: parseFaultFlags(values.faults ?? []),
  });
  const control = await startSandboxControl(sandbox, parsePort(values['control-port'], '--control-port'));
  const description = {
    seed: sandbox.seed,
    gateway: { url: sandbox.gateway.url, apiKey: sandbox.credentials.gatewayKey },
    billing: {
      url: sandbox.billing.url,
      token: sandbox.credentials.billingToken,
      tenantId: sandbox.credentials.billingTenantId,
    },
    control: { url: control.url },
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(description)}\n`);
  } else {
    process.stdout.write(
      [
        `gateway  ${description.gateway.url}  --gateway-key ${description.gateway.apiKey}`,
        `billing  ${description.billing.url}  --billing-token ${description.billing.token} --billing-tenant ${description.billing.tenantId}`,
        `control  ${description.control.url}/faults`,
        '',
      ].join('\n'),
    );
  }
  process.stderr.write(`Sandbox running with seed ${sandbox.seed}; Ctrl-C stops it\n`);
  await waitForShutdownSignal();
  await control.close();
  await sandbox.close();
}

/** `--faults down` applies to both servers; `--faults billing:hang=0.2` to one. */
function parseFaultFlags(flags: string[]): Partial<Record<SandboxServerName, Partial<FaultSpec>>> {
  const faults: Partial<Record<SandboxServerName, Partial<FaultSpec>>> = {};
  for (const flag of flags) {
    const match = /^(?:(gateway|billing):)?(.+)$/.exec(flag);
    if (!match?.[2]) throw new CliError(`--faults needs a spec, e.g. "latency=500,5xx=0.1"`, 2);
    let spec: Partial<FaultSpec>;
    try {
      spec = parseFaultSpec(match[2]);
    } catch (error) {
      throw new CliError(`--faults ${flag}: ${error instanceof Error ? error.message : String(error)}`, 2);
    }
    const servers: SandboxServerName[] = match[1] ? [match[1] as SandboxServerName] : ['gateway', 'billing'];
    for (const server of servers) faults[server] = { ...faults[server], ...spec };
  }
  return faults;
}
