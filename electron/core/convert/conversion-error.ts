/** Where a bad value was found: enough for a person to go and fix it at the source. */
export interface ValueLocation {
  /** The record, e.g. "invoice INV-0042", "payment pi_123", or "row 17" of a file. */
  record: string;
  field: string;
  file?: string;
  row?: number;
  column?: string;
}

/** A value that cannot be converted exactly. Never rounded, never guessed: reported. */
export class ConversionError extends Error {
  constructor(
    readonly location: ValueLocation,
    readonly value: string,
    readonly reason: string,
  ) {
    super(`${describeLocation(location)}: ${reason} (value "${value}")`);
    this.name = 'ConversionError';
  }
}

export function describeLocation(location: ValueLocation): string {
  const where = [
    location.file,
    location.row === undefined ? undefined : `row ${location.row}`,
    location.column === undefined ? undefined : `column ${location.column}`,
  ].filter(Boolean);
  return where.length > 0 ? `${where.join(', ')} (${location.field})` : `${location.record}, field ${location.field}`;
}
