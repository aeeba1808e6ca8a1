import { describe, expect, it } from 'vitest';
import { NO_FAULTS } from '../../../shared/contract/sandbox';
import { createStripeDialect } from '../../../electron/sandbox/gateway/errors';
import { createXeroDialect } from '../../../electron/sandbox/billing/errors';
import { FaultInjector } from '../../../electron/sandbox/http/fault-injector';
import { TokenBucket } from '../../../electron/sandbox/http/token-bucket';
import { createPrng } from '../../../electron/sandbox/prng';

function plans(seed: number, faults: Partial<typeof NO_FAULTS>, count: number): string[] {
  const injector = new FaultInjector(createStripeDialect(), seed, { ...NO_FAULTS, ...faults });
  return Array.from({ length: count }, () => {
    const plan = injector.plan();
    return `${plan.preempt?.status ?? 'handler'}:${plan.disposition}`;
  });
}

describe('FaultInjector', () => {
  it('hits the same requests for the same seed, and others for another seed', () => {
    const faults = { serverErrorRate: 0.3, dropRate: 0.2, hangRate: 0.1 };
    expect(plans(7, faults, 200)).toEqual(plans(7, faults, 200));
    expect(plans(7, faults, 200)).not.toEqual(plans(8, faults, 200));
  });

  it('injects each fault at about its configured rate', () => {
    const outcomes = plans(3, { serverErrorRate: 0.2, hangRate: 0.1, dropRate: 0.1 }, 5_000);
    const rate = (test: (outcome: string) => boolean): number => outcomes.filter(test).length / outcomes.length;
    expect(rate((outcome) => /^50[02]:/.test(outcome))).toBeCloseTo(0.2, 1);
    expect(rate((outcome) => outcome.endsWith(':hang'))).toBeCloseTo(0.1, 1);
    expect(rate((outcome) => outcome.endsWith(':drop'))).toBeCloseTo(0.09, 1);
    expect(new Set(outcomes.filter((outcome) => /^50[02]:/.test(outcome)).map((outcome) => outcome.slice(0, 3)))).toEqual(new Set(['500', '502']));
  });

  it('answers maintenance before anything else and leaves a healthy server alone', () => {
    expect(plans(1, { maintenance: true, serverErrorRate: 1 }, 3)).toEqual(['503:respond', '503:respond', '503:respond']);
    expect(new Set(plans(1, {}, 500))).toEqual(new Set(['handler:respond']));
  });

  it('renames or drops the money field only in successful JSON answers', () => {
    const injector = new FaultInjector(createStripeDialect(), 1, { ...NO_FAULTS, schemaDrift: 'renamed_field' });
    const body = { object: 'list', data: [{ object: 'charge', amount: 100, amount_refunded: 0 }] };
    expect(injector.distort({ status: 200, json: body }).json).toEqual({ object: 'list', data: [{ object: 'charge', amount_total_minor: 100, amount_refunded: 0 }] });
    expect(injector.distort({ status: 400, json: body }).json).toEqual(body);
    injector.update({ ...NO_FAULTS, schemaDrift: 'missing_field' });
    expect(injector.distort({ status: 200, json: body }).json).toEqual({ object: 'list', data: [{ object: 'charge', amount_refunded: 0 }] });

    const billing = new FaultInjector(createXeroDialect(createPrng(1)), 1, { ...NO_FAULTS, schemaDrift: 'renamed_field' });
    expect(billing.distort({ status: 200, json: { Invoices: [{ InvoiceID: 'x', Total: 5, SubTotal: 5 }] } }).json).toEqual({ Invoices: [{ InvoiceID: 'x', InvoiceTotal: 5, SubTotal: 5 }] });
  });
});

describe('TokenBucket', () => {
  it('allows a burst of the rate, then refills continuously and names the wait', () => {
    let now = 0;
    const bucket = new TokenBucket(4, () => now);
    expect([1, 2, 3, 4].map(() => bucket.take().ok)).toEqual([true, true, true, true]);
    expect(bucket.take()).toEqual({ ok: false, retryAfterSeconds: 1 });
    now = 250;
    expect(bucket.take().ok).toBe(true);
    expect(bucket.take().ok).toBe(false);
    now = 10_000;
    expect([1, 2, 3, 4, 5].map(() => bucket.take().ok)).toEqual([true, true, true, true, false]);
  });
});
