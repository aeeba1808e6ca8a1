import { app, dialog } from 'electron';

/** Shows a plain-language dialog for a failure nothing else caught, then quits cleanly. */
export function reportFatal(title: string, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${title}: ${error instanceof Error ? (error.stack ?? detail) : detail}\n`);
  dialog.showErrorBox(title, `${detail}\n\nPaydesk will close. Your data is safe: nothing half-written is kept.`);
  app.exit(1);
}

export function installGlobalErrorHandlers(): void {
  process.on('uncaughtException', (error) => reportFatal('Paydesk hit an unexpected problem', error));
  process.on('unhandledRejection', (reason) => reportFatal('Paydesk hit an unexpected problem', reason));
}
