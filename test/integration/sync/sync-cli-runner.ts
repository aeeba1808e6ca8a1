// Runs `paydesk sync` the way electron/cli/main.ts will once it routes the command: a CliError
// becomes one line on stderr and its exit code. Run: node --import tsx sync-cli-runner.ts ARGS…
import { CliError } from '../../../electron/cli/cli-error';
import { syncCommand } from '../../../electron/cli/commands/sync';

syncCommand(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`paydesk: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof CliError ? error.exitCode : 1);
  },
);
