import { CliError } from './cli-error';
import { auditCommand, AUDIT_USAGE } from './commands/audit';
import { checkoutsCommand, CHECKOUTS_USAGE } from './commands/checkouts';
import { importCommand, IMPORT_USAGE } from './commands/import';
import { outboxCommand, OUTBOX_USAGE } from './commands/outbox';
import { reconcileCommand, RECONCILE_USAGE } from './commands/reconcile';
import { sandboxCommand, SANDBOX_USAGE } from './commands/sandbox';
import { serveCommand, SERVE_USAGE } from './commands/serve';
import { syncCommand, SYNC_USAGE } from './commands/sync';

type Command = (args: string[]) => Promise<void>;

const COMMANDS: Readonly<Record<string, Command>> = {
  serve: serveCommand,
  sandbox: sandboxCommand,
  sync: syncCommand,
  import: importCommand,
  reconcile: reconcileCommand,
  outbox: outboxCommand,
  audit: auditCommand,
  checkouts: checkoutsCommand,
};

const USAGE = [
  'usage: paydesk <command> [options]',
  `  ${SERVE_USAGE}`,
  `  ${SANDBOX_USAGE}`,
  `  ${SYNC_USAGE}`,
  `  ${IMPORT_USAGE}`,
  `  ${RECONCILE_USAGE}`,
  `  ${OUTBOX_USAGE}`,
  `  ${CHECKOUTS_USAGE}`,
  `  ${AUDIT_USAGE}`,
].join('\n');

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (command) {
    await command(args);
    return 0;
  }
  throw new CliError(`unknown command "${name}"; run paydesk --help`, 2);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`paydesk: ${error.message}\n`);
      process.exit(error.exitCode);
    }
    // parseArgs reports unknown or malformed flags as TypeErrors with a readable message.
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`paydesk: ${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`paydesk: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
