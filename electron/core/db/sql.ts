/** A statement and its bound values. Values are always bound, never spliced into the text. */
export interface Query {
  readonly text: string;
  readonly values: readonly SqlValue[];
}

export type SqlValue = string | number | bigint | Buffer | null;

const QUERY = Symbol('query');
type Fragment = Query & { readonly [QUERY]: true };

/**
 * Tagged template that turns interpolations into `?` placeholders, so binding is the default
 * and string-built SQL is the exception that stands out. A nested `sql` fragment is inlined
 * with its own values.
 */
export function sql(strings: TemplateStringsArray, ...values: (SqlValue | Fragment)[]): Fragment {
  let text = strings[0] ?? '';
  const bound: SqlValue[] = [];
  values.forEach((value, index) => {
    if (isFragment(value)) {
      text += value.text;
      bound.push(...value.values);
    } else {
      text += '?';
      bound.push(value);
    }
    text += strings[index + 1] ?? '';
  });
  return { text, values: bound, [QUERY]: true };
}

function isFragment(value: unknown): value is Fragment {
  return typeof value === 'object' && value !== null && QUERY in value;
}

export type SqlFragment = Fragment;

/** Joins fragments with a fixed separator (" AND ", ", "), keeping each one's values bound. */
export function joinSql(fragments: readonly Fragment[], separator: string): Fragment {
  return {
    text: fragments.map((fragment) => fragment.text).join(separator),
    values: fragments.flatMap((fragment) => fragment.values),
    [QUERY]: true,
  };
}

/** A raw piece of SQL text from the code itself (an identifier or keyword), never from input. */
export function trustedSql(text: string): Fragment {
  return { text, values: [], [QUERY]: true };
}

/** A LIKE pattern (with ESCAPE '\\') matching text that contains `text` literally, % and _ included. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
