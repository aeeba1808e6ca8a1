// Entry of the utility process that owns the database, the sandbox and every handler, so the
// main process (and with it the window) never waits on SQLite or the network.
import { stderrLogger } from '../core/util/logger';
import { openSandboxWorkspace } from '../workspace/open-sandbox-workspace';
import type { FromBackend, ToBackend } from './backend-messages';

const port = process.parentPort;
const send = (message: FromBackend): void => port.postMessage(message);

async function run(): Promise<void> {
  const dataDir = process.env['PAYDESK_DATA_DIR'];
  const version = process.env['PAYDESK_VERSION'] ?? '0.0.0';
  if (!dataDir) throw new Error('PAYDESK_DATA_DIR is not set');
  const workspace = await openSandboxWorkspace({ dataDir, version, logger: stderrLogger });
  workspace.backend.subscribe((event) => send({ type: 'event', event }));
  port.on('message', ({ data }: { data: ToBackend }) => {
    if (data.type !== 'call') return;
    void workspace.backend.dispatch(data.name, data.input).then((envelope) => {
      send({ type: 'result', id: data.id, envelope });
    });
  });
  send({ type: 'ready', info: workspace.backend.info });
}

run().catch((error: unknown) => {
  send({ type: 'fatal', message: error instanceof Error ? error.message : String(error) });
  stderrLogger.error('Backend failed to start', error);
  process.exit(1);
});
