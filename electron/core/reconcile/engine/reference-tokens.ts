// Gateway metadata names one invoice ("INV-0042") or several ("INV-1,INV-2" for a payment that
// covers more than one): split on commas, semicolons and white space.
const SEPARATOR = /[,;\s]+/;
const HAS_SEPARATOR = /[,;\s]/;

export function referenceTokens(reference: string | null): readonly string[] {
  if (!reference) return [];
  // The common case, one plain reference, without a regular-expression split.
  if (!HAS_SEPARATOR.test(reference)) return [reference];
  return reference.split(SEPARATOR).filter((token) => token.length > 0);
}
