import { describe, expect, it } from 'vitest';
import { alertHref } from '../../../../renderer/src/pages/overview/alert-links';

const windowStart = '2026-10-31T00:00:00.000Z';

describe('where an alert leads', () => {
  it('sends a success rate dip to the checkouts declined, then abandoned that day', () => {
    expect(alertHref({ metric: 'payment_success_rate', windowStart })).toBe(
      '#/checkouts?stage=declined_then_abandoned&from=2026-10-31&to=2026-10-31',
    );
  });

  it('sends an abandonment rise to that stage on that day', () => {
    expect(alertHref({ metric: 'abandonment:card_entry', windowStart })).toBe('#/checkouts?stage=card_entry&from=2026-10-31&to=2026-10-31');
  });

  it('sends failures to Connections and new exceptions to their month on Reconciliation', () => {
    expect(alertHref({ metric: 'failures:system', windowStart })).toBe('#/connections');
    expect(alertHref({ metric: 'new_exceptions', windowStart })).toBe('#/reconciliation?period=2026-10');
  });

  it('offers no link for a metric it does not know', () => {
    expect(alertHref({ metric: 'abandonment:lost_in_space', windowStart })).toBeNull();
    expect(alertHref({ metric: 'failures:cosmic', windowStart })).toBeNull();
    expect(alertHref({ metric: 'refund_rate', windowStart })).toBeNull();
  });
});
