import { z } from 'zod';

/**
 * Why a transmission failed, as DESIGN.md defines it:
 * - connection: DNS, refused, reset, TLS, timeout: the partner should check reachability;
 * - system: 5xx, 503 maintenance, 429: the other side is up but unwell, retry later;
 * - integration: 4xx validation, auth, schema drift: a person must fix something.
 */
export const FailureClass = z.enum(['connection', 'system', 'integration']);
export type FailureClass = z.infer<typeof FailureClass>;
