// Entry of the utility process that owns the database, the sandbox and every handler, so the
// main process (and with it the window) never waits on SQLite or the network.
import { stderrLogger } from '../core/util/logger';
import { openWorkspace } from '../workspace/open-workspace';
import type { FromBackend, ToBackend } from './backend-messages';
import { RemoteSecretStore } from './remote-secret-store';

const port = process.parentPort;
const send = (message: FromBackend): void => port.postMessage(message);

async function run(): Promise<void> {
  const dataDir = process.env['PAYDESK_DATA_DIR'];
  const version = process.env['PAYDESK_VERSION'] ?? '0.0.0';
  if (!dataDir) throw new Error('PAYDESK_DATA_DIR is not set');
  // Main says whether the OS keychain can be used; without it, live credentials cannot be saved.
  const secrets = process.env['PAYDESK_SECRET_STORAGE'] === 'os_keychain' ? new RemoteSecretStore(send) : null;
  const pendingCalls: ToBackend[] = [];
  let dispatchCall: ((message: Extract<ToBackend, { type: 'call' }>) => void) | null = null;
  port.on('message', ({ data }: { data: ToBackend }) => {
    if (secrets?.receive(data)) return;
    if (data.type !== 'call') return;
    if (dispatchCall) dispatchCall(data);
    else pendingCalls.push(data);
  });

  const workspace = await openWorkspace({ dataDir, version, source: { kind: 'sandbox' }, secrets, syncOnStart: true, logger: stderrLogger });
  workspace.backend.subscribe((event) => send({ type: 'event', event }));
  dispatchCall = (message) => {
    void workspace.backend.dispatch(message.name, message.input).then((envelope) => {
      send({ type: 'result', id: message.id, envelope });
    });
  };
  for (const message of pendingCalls.splice(0)) if (message.type === 'call') dispatchCall(message);
  send({ type: 'ready', info: workspace.backend.info });
}

run().catch((error: unknown) => {
  send({ type: 'fatal', message: error instanceof Error ? error.message : String(error) });
  stderrLogger.error('Backend failed to start', error);
  process.exit(1);
});
