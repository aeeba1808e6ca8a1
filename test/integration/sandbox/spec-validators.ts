import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';

// Validators for the real published API descriptions (Stripe's and Xero's OpenAPI documents in
// ../shared/reference), so the sandbox's answers are checked against the genuine schemas.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const referenceDir = path.resolve(repoRoot, '..', 'shared', 'reference');

function readSpec(...parts: string[]): Record<string, unknown> {
  return JSON.parse(readFileSync(path.resolve(referenceDir, ...parts), 'utf8')) as Record<string, unknown>;
}

/**
 * Spec quirks of OpenAPI 3.0's `nullable: true` ("null is also allowed") that Ajv does not
 * translate by itself; this rewrites exactly those nodes into the JSON Schema that means the
 * same, and nothing else, so validation is not weakened:
 * - beside `anyOf` with no `type` (Stripe does this for every expandable field, e.g. `customer`)
 *   Ajv refuses to compile it: it becomes `anyOf: [<the schema>, { type: 'null' }]`;
 * - beside an `enum` that does not list null (e.g. payment_intent.cancellation_reason) Ajv still
 *   rejects null, although Stripe's own fixtures carry null there: null is added to the enum.
 */
function nullableToJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableToJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = nullableToJsonSchema(value);
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (out.nullable === true && out.type === undefined) {
    const { nullable, description, ...rest } = out; // dropped: rewritten as anyOf
    return { anyOf: [rest, { type: 'null' }] };
  }
  return out;
}

function createAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true });
  // The formats the two documents use, checked rather than ignored.
  ajv.addFormat('unix-time', { type: 'number', validate: (value: number) => Number.isInteger(value) && value >= 0 });
  ajv.addFormat('double', { type: 'number', validate: (value: number) => Number.isFinite(value) });
  ajv.addFormat('int32', { type: 'number', validate: (value: number) => Number.isInteger(value) && Math.abs(value) < 2 ** 31 });
  ajv.addFormat('decimal', /^-?\d+(\.\d+)?$/);
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  return ajv;
}

let stripe: Ajv | undefined;
let xero: Ajv | undefined;

/** A validator for one Stripe component schema, e.g. 'payment_intent' or 'checkout.session'. */
export function stripeSchema(name: string): ValidateFunction {
  if (!stripe) {
    stripe = createAjv();
    stripe.addSchema(nullableToJsonSchema(readSpec('stripe', 'spec3.json')) as object, 'stripe');
  }
  const validate = stripe.getSchema(`stripe#/components/schemas/${name}`);
  if (!validate) throw new Error(`no Stripe schema ${name}`);
  return validate;
}

/** A validator for one Xero component schema, e.g. 'Invoices'. */
export function xeroSchema(name: string): ValidateFunction {
  if (!xero) {
    xero = createAjv();
    xero.addSchema(nullableToJsonSchema(readSpec('xero', 'xero_accounting.json')) as object, 'xero');
  }
  const validate = xero.getSchema(`xero#/components/schemas/${name}`);
  if (!validate) throw new Error(`no Xero schema ${name}`);
  return validate;
}

/** The errors of the last validation, readable in a failed assertion. */
export function describeErrors(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

export function fixture(name: string): Record<string, unknown> {
  const resources = (readSpec('stripe', 'fixtures3.json').resources ?? {}) as Record<string, Record<string, unknown>>;
  const found = resources[name];
  if (!found) throw new Error(`no Stripe fixture ${name}`);
  return found;
}
