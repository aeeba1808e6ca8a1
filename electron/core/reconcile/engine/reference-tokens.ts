// Gateway metadata names one invoice ("INV-0042") or several ("INV-1,INV-2" for a payment that
// covers more than one): split on commas, semicolons and white space.
const SEPARATOR = /[,;\s]+/;
const HAS_SEPARATOR = /[,;\s]/;

export function referenceTokens(reference: string | null): readonly string[] {
  if (!reference) return [];
  if (!HAS_SEPARATOR.test(reference)) return [reference];
  return reference.split(SEPARATOR).filter((token) => token.length > 0);
}

/**
 * Calls `visit` with each reference, without building a list for the common case of one plain
 * reference: the linking pass does this a million times.
 */
export function eachReference(reference: string | null, visit: (token: string) => void): void {
  if (!reference) return;
  if (!HAS_SEPARATOR.test(reference)) {
    visit(reference);
    return;
  }
  for (const token of reference.split(SEPARATOR)) if (token.length > 0) visit(token);
}
