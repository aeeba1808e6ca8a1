import type { z } from 'zod';
import { CALLS, type Calls, type CallOutput } from '../../../shared/contract/calls';
import { ApiError, type Envelope } from '../../../shared/contract/errors';
import { isCallName, type CallName } from '../../../shared/contract/names';
import type { Logger } from '../util/logger';

export type Handlers = {
  readonly [N in CallName]: (input: z.output<Calls[N]['input']>) => Promise<CallOutput<N>> | CallOutput<N>;
};

/**
 * The one wrapper every transport goes through: input parsed against the contract, the handler
 * run, its output checked against the contract, every outcome returned as an envelope. Errors
 * are values here; an unexpected one is logged in full and reported without internals.
 */
export async function dispatch(
  handlers: Handlers,
  name: string,
  rawInput: unknown,
  logger: Logger,
): Promise<Envelope<unknown>> {
  if (!isCallName(name)) return failure('not_found', `There is no call named "${name}".`);
  const spec = CALLS[name];
  const input = spec.input.safeParse(rawInput ?? {});
  if (!input.success) return failure('validation', describeIssues(name, input.error));

  let value: unknown;
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    value = await handler(input.data);
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toBody() };
    logger.error(`${name} failed`, error);
    return failure('internal', `Paydesk hit an unexpected problem while running ${name}. It has been logged.`);
  }

  const output = spec.output.safeParse(value);
  if (!output.success) {
    logger.error(`${name} returned a value outside its contract`, output.error);
    return failure('internal', `Paydesk produced an invalid answer for ${name}. It has been logged.`);
  }
  return { ok: true, value: output.data };
}

function failure(code: ApiError['code'], message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

function describeIssues(name: string, error: z.ZodError): string {
  const details = error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'input'}: ${issue.message}`)
    .join('; ');
  return `Invalid input for ${name}: ${details}`;
}
