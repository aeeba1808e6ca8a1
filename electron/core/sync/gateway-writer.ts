import type { CardSummary } from '../connectors/stripe/stripe-records';
import type { Database } from '../db/database';
import { redactRecord, redactText } from '../redact/redact-card-data';
import { sql } from '../db/sql';
import type { CheckoutRecord, PaymentRecord, RefundRecord } from '../store/records';
import type { SourceStore } from '../store/source-store';
import type { SyncTally } from './sync-tally';

interface StoredPayment {
  charge_id: string | null;
  card_brand: string | null;
  card_last4: string | null;
  updated_at: string;
}

/** A charge's card, to be shown on the payment intent whose latest charge it is. */
export interface IntentCard extends CardSummary {
  paymentIntentId: string;
  chargeId: string;
}

/**
 * Writes gateway records, merging what only the stored copy knows. Stripe lists payment intents
 * and charges separately (and `expand` is not used), so an intent's card arrives with its charge:
 * the charges pass sets it on the stored intent, and a later re-read of the intent keeps it as
 * long as the latest charge is the same one. Call inside the page's transaction.
 */
export class GatewayWriter {
  /** Payments first written by this sync: setting their card is part of adding them. */
  private readonly addedNow = new Set<string>();

  constructor(
    private readonly db: Database,
    private readonly store: SourceStore,
    private readonly tally: SyncTally,
  ) {}

  // Records are redacted first, so the lookups below match what the store keeps.
  payments(records: readonly PaymentRecord[]): void {
    const merged = records.map(redactRecord).map((record) => {
      const stored = this.db.get<StoredPayment>(sql`
        SELECT charge_id, card_brand, card_last4, updated_at FROM payments WHERE id = ${record.id}`);
      if (!stored) {
        this.addedNow.add(record.id);
        return record;
      }
      const sameCharge = stored.charge_id === record.chargeId;
      return {
        ...record,
        cardBrand: record.cardBrand ?? (sameCharge ? stored.card_brand : null),
        cardLast4: record.cardLast4 ?? (sameCharge ? stored.card_last4 : null),
        // Stripe objects carry no "updated" time: keep the latest we learnt of (an event's).
        updatedAt: stored.updated_at > record.updatedAt ? stored.updated_at : record.updatedAt,
      };
    });
    this.tally.add('payments', this.store.write({ payments: merged }).payments);
  }

  /** Sets each card on its intent, if stored with that charge as its latest. */
  cards(cards: readonly IntentCard[]): void {
    let updated = 0;
    for (const card of cards.map(redactRecord)) {
      const result = this.db.run(sql`
        UPDATE payments SET card_brand = ${card.brand}, card_last4 = ${card.last4}
        WHERE id = ${card.paymentIntentId} AND charge_id = ${card.chargeId}
          AND (card_brand IS NOT ${card.brand} OR card_last4 IS NOT ${card.last4})`);
      if (result.changes > 0 && !this.addedNow.has(card.paymentIntentId)) updated += 1;
    }
    this.tally.add('payments', { updated });
  }

  refunds(records: readonly RefundRecord[]): void {
    this.tally.add('refunds', this.store.write({ refunds: records.map(redactRecord) }).refunds);
  }

  checkouts(records: readonly CheckoutRecord[]): void {
    this.tally.add('checkouts', this.store.write({ checkouts: records }).checkouts);
  }

  /** The payment a charge belongs to, from what is stored (for refunds that name only a charge). */
  chargeOwner(chargeId: string): string | null {
    return this.db.get<{ id: string }>(sql`SELECT id FROM payments WHERE charge_id = ${redactText(chargeId)}`)?.id ?? null;
  }
}
