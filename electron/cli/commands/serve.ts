import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../../core/paths/data-dir';
import { stderrLogger } from '../../core/util/logger';
import { startConsoleServer } from '../../server/console-server';
import { LiveConnectorError, liveConnectors } from '../../workspace/live-connectors';
import { openWorkspace, type WorkspaceSource } from '../../workspace/open-workspace';
import { CliError } from '../cli-error';
import { packageVersion, REPO_ROOT } from '../package-version';
import { parsePort, parseWholeNumber } from '../parse-port';
import { waitForShutdownSignal } from '../wait-for-signal';

export const SERVE_USAGE =
  'serve [--port N] [--data-dir DIR] [--seed N] [--no-sync] [--gateway-url URL] [--billing-url URL] [--billing-tenant ID]';

/**
 * `paydesk serve`: the browser console until interrupted. On the built-in sandbox by default;
 * with --gateway-url/--billing-url on real partners, their secrets taken from
 * PAYDESK_GATEWAY_KEY / PAYDESK_BILLING_TOKEN (or flags) and never written anywhere.
 */
export async function serveCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      seed: { type: 'string' },
      'health-interval': { type: 'string' },
      'no-sync': { type: 'boolean' },
      'gateway-url': { type: 'string' },
      'gateway-key': { type: 'string' },
      'billing-url': { type: 'string' },
      'billing-token': { type: 'string' },
      'billing-tenant': { type: 'string' },
    },
    strict: true,
  });
  const staticDir = resolve(REPO_ROOT, 'out', 'renderer');
  if (!existsSync(resolve(staticDir, 'index.html'))) {
    throw new CliError('The console UI is not built yet: run `npm run build` first');
  }
  const workspace = await openWorkspace({
    dataDir: resolve(values['data-dir'] ?? defaultDataDir()),
    version: packageVersion(),
    source: workspaceSource(values),
    healthIntervalMs: parseWholeNumber(values['health-interval'], '--health-interval'),
    syncOnStart: !values['no-sync'],
    logger: stderrLogger,
  });
  const server = await startConsoleServer({
    backend: workspace.backend,
    staticDir,
    port: parsePort(values.port, '--port'),
    logger: stderrLogger,
  });
  const where = workspace.sandbox ? 'on the sandbox' : 'on live connectors';
  process.stderr.write(`Paydesk console ${where} (data in ${workspace.backend.info.dataDir})\n`);
  process.stdout.write(`${server.url}\n`);
  await waitForShutdownSignal();
  await server.close();
  await workspace.close();
}

function workspaceSource(values: Record<string, string | boolean | undefined>): WorkspaceSource {
  const text = (name: string): string | undefined => (typeof values[name] === 'string' ? values[name] : undefined);
  if (!text('gateway-url') && !text('billing-url')) {
    return { kind: 'sandbox', seed: parseWholeNumber(text('seed'), '--seed') };
  }
  try {
    return {
      kind: 'live',
      connectors: liveConnectors({
        gatewayUrl: text('gateway-url'),
        gatewayKey: text('gateway-key'),
        billingUrl: text('billing-url'),
        billingToken: text('billing-token'),
        billingTenant: text('billing-tenant'),
      }),
    };
  } catch (error) {
    if (error instanceof LiveConnectorError) throw new CliError(error.message, 2);
    throw error;
  }
}
