import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../../core/paths/data-dir';
import { stderrLogger } from '../../core/util/logger';
import { startConsoleServer } from '../../server/console-server';
import { openSandboxWorkspace } from '../../workspace/open-sandbox-workspace';
import { CliError } from '../cli-error';
import { packageVersion, REPO_ROOT } from '../package-version';
import { parsePort, parseWholeNumber } from '../parse-port';
import { waitForShutdownSignal } from '../wait-for-signal';

export const SERVE_USAGE = 'serve [--port N] [--data-dir DIR] [--seed N] [--health-interval MS]';

/** `paydesk serve`: the browser console on the built-in sandbox, until interrupted. */
export async function serveCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      seed: { type: 'string' },
      'health-interval': { type: 'string' },
    },
    strict: true,
  });
  const staticDir = resolve(REPO_ROOT, 'out', 'renderer');
  if (!existsSync(resolve(staticDir, 'index.html'))) {
    throw new CliError('The console UI is not built yet: run `npm run build` first');
  }
  const workspace = await openSandboxWorkspace({
    dataDir: resolve(values['data-dir'] ?? defaultDataDir()),
    version: packageVersion(),
    seed: parseWholeNumber(values.seed, '--seed'),
    healthIntervalMs: parseWholeNumber(values['health-interval'], '--health-interval'),
    logger: stderrLogger,
  });
  const server = await startConsoleServer({
    backend: workspace.backend,
    staticDir,
    port: parsePort(values.port, '--port'),
    logger: stderrLogger,
  });
  process.stderr.write(`Paydesk console on the sandbox (data in ${workspace.backend.info.dataDir})\n`);
  process.stdout.write(`${server.url}\n`);
  await waitForShutdownSignal();
  await server.close();
  await workspace.close();
}
