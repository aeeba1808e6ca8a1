import type { FaultSpec, SandboxServerName } from '../../../../shared/contract/sandbox';
import { assertNever } from '../../lib/assert-never';

export type NumberFaultField = 'latencyMs' | 'serverErrorRate' | 'rateLimitPerSecond' | 'dropRate' | 'hangRate';

export interface NumberFieldSpec {
  field: NumberFaultField;
  label: string;
  hint: string;
  min: number;
  /** null: no upper bound. */
  max: number | null;
  step: number;
  integer: boolean;
}

/** Bounds mirror FaultSpec in shared/contract/sandbox.ts, so a bad value is caught before sending. */
export const NUMBER_FIELDS: readonly NumberFieldSpec[] = [
  { field: 'latencyMs', label: 'Latency (ms)', hint: 'Added before every response, 0 to 120000.', min: 0, max: 120_000, step: 100, integer: true },
  { field: 'serverErrorRate', label: '5xx rate', hint: 'Share of requests answered 500/502, 0 to 1.', min: 0, max: 1, step: 0.05, integer: false },
  { field: 'rateLimitPerSecond', label: '429 limit per second', hint: 'Requests a second before 429; 0 is no limit.', min: 0, max: null, step: 1, integer: true },
  { field: 'dropRate', label: 'Drop rate', hint: 'Share of responses cut off mid-body, 0 to 1.', min: 0, max: 1, step: 0.05, integer: false },
  { field: 'hangRate', label: 'Hang rate', hint: 'Share of requests processed but never answered, 0 to 1.', min: 0, max: 1, step: 0.05, integer: false },
];

export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

export function parseFaultNumber(text: string, spec: NumberFieldSpec): ParsedNumber {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(value)) return { ok: false, message: 'Enter a number.' };
  if (spec.integer && !Number.isInteger(value)) return { ok: false, message: 'Enter a whole number.' };
  if (value < spec.min || (spec.max !== null && value > spec.max)) {
    const range = spec.max === null ? `${spec.min} or more` : `from ${spec.min} to ${spec.max}`;
    return { ok: false, message: `Enter a number ${range}.` };
  }
  return { ok: true, value };
}

export function numberPatch(field: NumberFaultField, value: number): Partial<FaultSpec> {
  const patch: Partial<FaultSpec> = {};
  patch[field] = value;
  return patch;
}

export const SCHEMA_DRIFT_CHOICES: readonly { value: FaultSpec['schemaDrift']; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'renamed_field', label: 'A field renamed' },
  { value: 'missing_field', label: 'A field missing' },
];

export function serverTitle(server: SandboxServerName): 'Gateway' | 'Billing' {
  switch (server) {
    case 'gateway':
      return 'Gateway';
    case 'billing':
      return 'Billing';
    default:
      return assertNever(server);
  }
}
