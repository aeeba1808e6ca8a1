import type { Bridge, CurrencyBridge } from '../../../../../shared/contract/reconcile';

/** "2024-03" as people say it: "March 2024". */
export function periodLabel(period: string, locale?: string): string {
  const date = new Date(`${period}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return period;
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A closed period's seal, or where an open one stands. */
export function bridgeStateText(bridge: Bridge, locale?: string): string {
  if (bridge.state === 'closed') {
    const when = bridge.closedAt
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(bridge.closedAt))
      : 'an unknown date';
    return `Closed on ${when} UTC by ${bridge.closedBy ?? 'an unknown user'}. Sealed: its items are read-only and this bridge no longer changes.`;
  }
  if (bridge.currencies.length === 0) return 'Nothing was paid or invoiced in this period.';
  return bridge.closable ? 'Open, ready to close.' : 'Open. It cannot be closed yet:';
}

/** The currencies whose residual needs a note before the period is closed. */
export function currenciesNeedingNotes(bridge: Bridge): CurrencyBridge[] {
  return bridge.currencies.filter((currency) => currency.residualMinor !== 0);
}

/** Notes typed so far, checked: every currency with a residual needs at least 3 characters. */
export function missingNotes(bridge: Bridge, notes: Readonly<Record<string, string>>): string[] {
  return currenciesNeedingNotes(bridge)
    .filter((currency) => (notes[currency.currency] ?? '').trim().length < 3)
    .map((currency) => currency.currency);
}

/** The notes to send: trimmed, only for currencies with a residual. */
export function notesToSend(bridge: Bridge, notes: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(currenciesNeedingNotes(bridge).map((currency) => [currency.currency, (notes[currency.currency] ?? '').trim()]));
}

/** How many items the period holds, for the confirmation. */
export function itemCountOf(periods: readonly { period: string; items: number }[], period: string): number {
  return periods.find((entry) => entry.period === period)?.items ?? 0;
}
