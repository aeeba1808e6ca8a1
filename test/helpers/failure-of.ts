import { TransmissionError } from '../../electron/core/connectors/transmission-error';

/** The classified failure a piece of work must end in; anything else fails the test. */
export async function failureOf(work: Promise<unknown>): Promise<TransmissionError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof TransmissionError) return error;
    throw error;
  }
  throw new Error('expected a TransmissionError');
}
