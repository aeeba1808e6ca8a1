/** Where the Node side writes what went wrong. stderr by default; tests capture it. */
export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

export const stderrLogger: Logger = {
  info: (message) => process.stderr.write(`${message}\n`),
  error: (message, error) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : error === undefined ? '' : String(error);
    process.stderr.write(`${message}${detail ? `: ${detail}` : ''}\n`);
  },
};
