import { FaultSpec } from '../../shared/contract/sandbox';

// The command line's fault syntax: comma-separated tokens, each a flag ("down", "maintenance")
// or name=value ("latency=500", "5xx=0.1", "429=20", "drop=0.05", "hang=0.05",
// "drift=renamed_field"). FaultSpec's own field names work too ("serverErrorRate=0.1").

type Field = keyof FaultSpec;

const ALIASES: Readonly<Record<string, Field>> = {
  down: 'down',
  maintenance: 'maintenance',
  latency: 'latencyMs',
  latencyms: 'latencyMs',
  '5xx': 'serverErrorRate',
  errors: 'serverErrorRate',
  servererrorrate: 'serverErrorRate',
  '429': 'rateLimitPerSecond',
  ratelimit: 'rateLimitPerSecond',
  ratelimitpersecond: 'rateLimitPerSecond',
  drop: 'dropRate',
  droprate: 'dropRate',
  hang: 'hangRate',
  hangrate: 'hangRate',
  drift: 'schemaDrift',
  schemadrift: 'schemaDrift',
};

const NUMERIC: ReadonlySet<Field> = new Set(['latencyMs', 'serverErrorRate', 'rateLimitPerSecond', 'dropRate', 'hangRate']);

/** Turns a token's text into the value FaultSpec checks; anything unreadable stays text and fails there. */
function convert(field: Field, raw: string | undefined): unknown {
  if (field === 'down' || field === 'maintenance') {
    if (raw === undefined || raw === 'true' || raw === 'on') return true;
    if (raw === 'false' || raw === 'off') return false;
    return raw;
  }
  if (raw === undefined || raw === '') return undefined;
  if (NUMERIC.has(field)) return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  return raw;
}

/** Parses a fault spec such as "latency=500,5xx=0.1,maintenance"; throws naming the bad token. */
export function parseFaultSpec(text: string): Partial<FaultSpec> {
  const result: Partial<Record<Field, unknown>> = {};
  const tokens = text.split(',').map((token) => token.trim()).filter((token) => token.length > 0);
  for (const token of tokens) {
    if (token === 'none' || token === 'off') continue;
    const [name = '', raw, ...extra] = token.split('=');
    const field = ALIASES[name.trim().toLowerCase()];
    if (extra.length > 0) throw new Error(`Bad fault "${token}": one "=" per fault, e.g. latency=500`);
    if (!field) {
      throw new Error(`Unknown fault "${token}"; expected down, maintenance, latency=MS, 5xx=RATE, 429=PER_SECOND, drop=RATE, hang=RATE or drift=renamed_field|missing_field|none`);
    }
    if (field in result) throw new Error(`Fault "${token}" sets ${field} a second time`);
    const value = convert(field, raw?.trim());
    const checked = FaultSpec.shape[field].safeParse(value);
    if (value === undefined || !checked.success) {
      const why = checked.success ? 'a value is required' : (checked.error.issues[0]?.message ?? 'invalid value');
      throw new Error(`Bad fault "${token}": ${why}`);
    }
    result[field] = checked.data;
  }
  return FaultSpec.partial().strict().parse(result);
}
