import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../../electron/core/reconcile/engine/reconcile';
import type { EngineResult } from '../../../../electron/core/reconcile/engine/types';
import { generateDataset } from '../../../../electron/sandbox';
import { ledgerOf, truthLines } from '../../../helpers/sandbox-ledger';

function resultLines(result: EngineResult): string[] {
  return [
    ...result.invoices.map((outcome) => `invoice ${outcome.invoiceNumber} ${outcome.class} ${outcome.currency} [${[...outcome.paymentIds].sort().join(' ')}]`),
    ...result.orphans.map((orphan) => `payment ${orphan.paymentId} orphan_payment ${orphan.currency} [${orphan.paymentId}]`),
  ].sort();
}

describe('the engine against generated data with known truth', () => {
  it('classifies every invoice and orphan payment of any seeded world exactly as its ground truth says', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const dataset = generateDataset(seed);
        expect(resultLines(reconcile(ledgerOf(dataset)))).toEqual(truthLines(dataset));
      }),
      { numRuns: 4 },
    );
  });

  it('offers each payment made without a reference to its own invoice, as the best suggestion, and never links it', () => {
    const dataset = generateDataset(11);
    const result = reconcile(ledgerOf(dataset));
    expect(dataset.truth.suggestions.length).toBeGreaterThan(0);
    for (const expected of dataset.truth.suggestions) {
      const offered = result.suggestions.filter((suggestion) => suggestion.paymentId === expected.paymentId);
      expect(offered[0]).toMatchObject(expected);
      expect(result.links.some((link) => link.paymentId === expected.paymentId)).toBe(false);
    }
  });

  it('gives the same result whatever order the records arrive in', () => {
    const dataset = generateDataset(7);
    const ledger = ledgerOf(dataset);
    fc.assert(
      fc.property(fc.integer(), (salt) => {
        const shuffle = <T>(items: readonly T[]): T[] =>
          items
            .map((item, index) => ({ item, rank: Math.imul(index + 1, salt | 1) >>> 0 }))
            .sort((a, b) => a.rank - b.rank)
            .map(({ item }) => item);
        const shuffled = { ...ledger, invoices: shuffle(ledger.invoices), payments: shuffle(ledger.payments), allocations: shuffle(ledger.allocations) };
        expect(resultLines(reconcile(shuffled))).toEqual(truthLines(dataset));
      }),
      { numRuns: 3 },
    );
  });
});
