import { describe, expect, it } from 'vitest';
import { parseFaultSpec } from '../../../electron/sandbox';

describe('parseFaultSpec', () => {
  it('reads the command line syntax into a partial fault spec', () => {
    expect(parseFaultSpec('down')).toEqual({ down: true });
    expect(parseFaultSpec('latency=500,5xx=0.1,maintenance,429=20,drop=0.05,hang=0.05,drift=renamed_field')).toEqual({
      latencyMs: 500,
      serverErrorRate: 0.1,
      maintenance: true,
      rateLimitPerSecond: 20,
      dropRate: 0.05,
      hangRate: 0.05,
      schemaDrift: 'renamed_field',
    });
  });

  it('accepts FaultSpec field names, explicit booleans, spaces and nothing at all', () => {
    expect(parseFaultSpec(' serverErrorRate=0.25 , down=false , schemaDrift=missing_field ')).toEqual({ serverErrorRate: 0.25, down: false, schemaDrift: 'missing_field' });
    expect(parseFaultSpec('')).toEqual({});
    expect(parseFaultSpec('none')).toEqual({});
  });

  it.each([
    ['latency=abc', /latency=abc/],
    ['latency=-5', /latency=-5/],
    ['latency=1.5', /latency=1\.5/],
    ['5xx=2', /5xx=2/],
    ['drop=', /drop=/],
    ['drift=sideways', /drift=sideways/],
    ['explode', /explode/],
    ['down=maybe', /down=maybe/],
    ['latency=1,latency=2', /latency=2.*second time/],
    ['hang=0.1=0.2', /hang=0\.1=0\.2/],
  ])('rejects %s, naming the bad token', (spec, message) => {
    expect(() => parseFaultSpec(spec)).toThrow(message);
  });
});
