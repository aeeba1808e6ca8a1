import { z } from 'zod';

/** A UTC instant as ISO-8601 with a Z suffix, the only form Paydesk stores or sends. */
export const UtcInstant = z.iso.datetime({ offset: false });
export type UtcInstant = z.infer<typeof UtcInstant>;
