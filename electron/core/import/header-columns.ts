/**
 * A file's header line: finds columns by name (spaces around names, letter case and the
 * asterisk Xero puts on required columns do not matter) and turns a row into the keyed object
 * kept as the record's raw source.
 */
export class HeaderColumns {
  /** Unique keys for raw objects: a repeated or empty header gets a suffix instead of overwriting. */
  readonly keys: readonly string[];
  private readonly byName = new Map<string, number>();

  constructor(readonly names: readonly string[]) {
    const seen = new Map<string, number>();
    this.keys = names.map((name, index) => {
      const base = name === '' ? `column ${index + 1}` : name;
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      return count === 1 ? base : `${base} (${count})`;
    });
    names.forEach((name, index) => {
      const key = normaliseName(name);
      if (!this.byName.has(key)) this.byName.set(key, index);
    });
  }

  /** The index of a column, or -1 when the file has none by that name. */
  index(name: string): number {
    return this.byName.get(normaliseName(name)) ?? -1;
  }

  /** The header as written for a column name (for messages), or the name asked for. */
  written(name: string): string {
    const index = this.index(name);
    return index === -1 ? name : (this.names[index] ?? name);
  }

  missing(names: readonly string[]): string[] {
    return names.filter((name) => this.index(name) === -1);
  }

  /** The row as { header: cell }, every cell exactly as the file has it. */
  rowObject(cells: readonly string[]): Record<string, string> {
    const object: Record<string, string> = {};
    const keys = this.keys;
    for (let index = 0; index < keys.length; index += 1) object[keys[index] ?? ''] = cells[index] ?? '';
    return object;
  }
}

function normaliseName(name: string): string {
  return name.trim().replace(/^\*/, '').trim().toLowerCase();
}

/** The one problem a file without the columns a format needs gets. */
export function missingColumnsReason(missing: readonly string[], hint = ''): string {
  return `missing column${missing.length === 1 ? '' : 's'}: ${missing.join(', ')}${hint}`;
}
