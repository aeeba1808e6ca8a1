/** A whole count with the reader's digit grouping: "12,345". */
export function formatCount(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** "1 record", "2 records": counts are read aloud by screen readers, so the noun agrees. */
export function plural(count: number, one: string, many: string, locale?: string): string {
  return `${formatCount(count, locale)} ${count === 1 ? one : many}`;
}
