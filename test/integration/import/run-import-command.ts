// Runs `importCommand` the way electron/cli/main.ts runs a command, until the lead registers it
// there: a CliError becomes one line on stderr and its exit code.
import { CliError } from '../../../electron/cli/cli-error';
import { importCommand } from '../../../electron/cli/commands/import';

importCommand(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`paydesk: ${error.message}\n`);
      process.exit(error.exitCode);
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`paydesk: ${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`paydesk: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
