import { describe, expect, it } from 'vitest';
import { NUMBER_FIELDS, numberPatch, parseFaultNumber, type NumberFieldSpec } from '../../../renderer/src/pages/settings/fault-fields';
import { FaultSpec } from '../../../shared/contract/sandbox';

function spec(field: NumberFieldSpec['field']): NumberFieldSpec {
  const found = NUMBER_FIELDS.find((candidate) => candidate.field === field);
  if (!found) throw new Error(`no field ${field}`);
  return found;
}

describe('parseFaultNumber', () => {
  it('accepts values inside the contract bounds', () => {
    expect(parseFaultNumber('250', spec('latencyMs'))).toEqual({ ok: true, value: 250 });
    expect(parseFaultNumber(' 0.5 ', spec('serverErrorRate'))).toEqual({ ok: true, value: 0.5 });
    expect(parseFaultNumber('1000', spec('rateLimitPerSecond'))).toEqual({ ok: true, value: 1000 });
  });

  it('refuses empty, fractional where whole, and out-of-range values', () => {
    expect(parseFaultNumber('', spec('latencyMs')).ok).toBe(false);
    expect(parseFaultNumber('abc', spec('dropRate')).ok).toBe(false);
    expect(parseFaultNumber('1.5', spec('latencyMs'))).toEqual({ ok: false, message: 'Enter a whole number.' });
    expect(parseFaultNumber('1.5', spec('hangRate'))).toEqual({ ok: false, message: 'Enter a number from 0 to 1.' });
    expect(parseFaultNumber('-1', spec('rateLimitPerSecond'))).toEqual({ ok: false, message: 'Enter a number 0 or more.' });
    expect(parseFaultNumber('120001', spec('latencyMs')).ok).toBe(false);
  });

  it('produces values the contract accepts', () => {
    for (const field of NUMBER_FIELDS) {
      const parsed = parseFaultNumber(String(field.max ?? 5), field);
      if (!parsed.ok) throw new Error(parsed.message);
      expect(FaultSpec.partial().strict().safeParse(numberPatch(field.field, parsed.value)).success).toBe(true);
    }
  });
});
