import { redactText } from '../redact/redact-card-data';

/** Where the Node side writes what went wrong. stderr by default; tests capture it. */
export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

/**
 * A logger whose lines pass the card-number redactor first, the error's stack and message
 * included (a partner's error may quote what a customer typed). The backend wraps whatever
 * logger it is given in this, so no log sink ever sees a card number.
 */
export function redactingLogger(inner: Logger): Logger {
  return {
    info: (message) => inner.info(redactText(message)),
    error: (message, error) => inner.error(redactText(message), error === undefined ? undefined : redactText(describeError(error))),
  };
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export const stderrLogger: Logger = redactingLogger({
  info: (message) => process.stderr.write(`${message}\n`),
  error: (message, error) => {
    const detail = error === undefined ? '' : describeError(error);
    process.stderr.write(`${message}${detail ? `: ${detail}` : ''}\n`);
  },
});
