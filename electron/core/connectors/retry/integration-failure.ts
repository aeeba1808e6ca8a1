import type { z } from 'zod';
import { ConversionError } from '../../convert/conversion-error';
import { TransmissionError } from '../transmission-error';

// The two ways a partner's answer can arrive fine and still be unusable: its shape is not what
// the API promises (schema drift), or a value cannot be converted exactly. Both are integration
// failures (a person must fix a mapping; retrying gets the same answer), and both must name the
// record and the field, so the person knows where to look.

/**
 * Checks one record against its schema. `label` names the record for people ("payment intent
 * pi_123", "invoice INV-0042").
 */
export function checkShape<T>(schema: z.ZodType<T>, value: unknown, label: string, endpoint: string, httpStatus: number | null = 200): T {
  const checked = schema.safeParse(value);
  if (checked.success) return checked.data;
  const issue = checked.error.issues[0];
  const path = issue?.path ?? [];
  const field = path.length > 0 ? path.map(String).join('.') : null;
  const present = valueAt(value, path) !== undefined;
  const problem = !field
    ? `is not the expected object (${issue?.message ?? 'invalid'})`
    : present
      ? `field ${field} is not as expected (${issue?.message ?? 'invalid'})`
      : `field ${field} is missing`;
  throw new TransmissionError('integration', endpoint, `Unexpected data from the partner: ${label}: ${problem}. The partner's format may have changed.`, httpStatus);
}

/** Runs a mapping; a value that cannot be converted exactly becomes an integration failure. */
export function convertOrFail<T>(endpoint: string, convert: () => T): T {
  try {
    return convert();
  } catch (error) {
    if (error instanceof ConversionError) {
      throw new TransmissionError('integration', endpoint, `Cannot convert ${error.message}`);
    }
    throw error;
  }
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = Reflect.get(current, key);
  }
  return current;
}
