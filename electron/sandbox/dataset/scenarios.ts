import type { Prng } from '../prng';
import * as paid from './orders-paid';
import * as exceptions from './orders-exceptions';
import type { OrderContext } from './orders-shared';
import type { SandboxCustomer } from './types';

// How often each kind of order happens. Weights are relative (they need not sum to 100); with
// ~11k orders they give most invoices matched, a few percent each of the common exceptions and
// about one percent of the rare ones, as a real month-end looks.

export type Scenario = keyof typeof WRITERS;
type Writer = (ctx: OrderContext, customer: SandboxCustomer, t: number) => void;

const WRITERS = {
  matched: paid.matched,
  matched_instalments: paid.matchedInstalments,
  matched_split: paid.matchedSplit,
  matched_credit_note: paid.matchedCreditNote,
  matched_legacy_charge: paid.matchedLegacyCharge,
  matched_duplicate_refunded: paid.matchedDuplicateRefunded,
  matched_recovered: paid.matchedRecovered,
  unpaid_no_checkout: exceptions.unpaidNoCheckout,
  unpaid_abandoned: exceptions.unpaidAbandoned,
  unpaid_deposit: exceptions.unpaidDeposit,
  unpaid_open: exceptions.unpaidOpen,
  unposted: exceptions.unposted,
  unposted_instalment: exceptions.unpostedInstalment,
  duplicate_payment: exceptions.duplicatePayment,
  refund_not_reflected: exceptions.refundNotReflected,
  missing_payment: exceptions.missingPayment,
  amount_mismatch: exceptions.amountMismatch,
  currency_mismatch: exceptions.currencyMismatch,
  orphan_payment: exceptions.orphanPayment,
  paid_by_link: exceptions.paidByLink,
} satisfies Record<string, Writer>;

/** Orders older than four days: every story has room to play out before the anchor. */
const SETTLED: Readonly<Partial<Record<Scenario, number>>> = {
  matched: 72,
  matched_instalments: 3,
  matched_split: 1.2,
  matched_credit_note: 1,
  matched_legacy_charge: 1,
  matched_duplicate_refunded: 0.4,
  matched_recovered: 1.5,
  unpaid_no_checkout: 1.2,
  unpaid_abandoned: 2.2,
  unpaid_deposit: 0.6,
  unposted: 2.6,
  unposted_instalment: 0.5,
  duplicate_payment: 1,
  refund_not_reflected: 3,
  missing_payment: 1,
  amount_mismatch: 3,
  currency_mismatch: 1,
  orphan_payment: 1.1,
  paid_by_link: 0.6,
};

/** A day to four days old: nothing that needs a session to expire or weeks to pass. */
const YOUNG: Readonly<Partial<Record<Scenario, number>>> = {
  matched: 85,
  unpaid_no_checkout: 5,
  unposted: 5,
  amount_mismatch: 3,
  currency_mismatch: 1,
  orphan_payment: 1,
};

/** The last day: checkouts may still be open. */
const RECENT: Readonly<Partial<Record<Scenario, number>>> = {
  matched: 60,
  unpaid_open: 28,
  unpaid_no_checkout: 6,
  unposted: 5,
  orphan_payment: 1,
};

const HOUR = 3600;

export function pickScenario(rng: Prng, ageSeconds: number): Scenario {
  // Open sessions live 24 hours; 23 keeps every "open" one open at the anchor.
  const table = ageSeconds < 23 * HOUR ? RECENT : ageSeconds < 96 * HOUR ? YOUNG : SETTLED;
  return rng.weighted(table);
}

export function writeOrder(scenario: Scenario, ctx: OrderContext, customer: SandboxCustomer, t: number): void {
  WRITERS[scenario](ctx, customer, t);
}
