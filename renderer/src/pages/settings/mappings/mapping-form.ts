import { INVOICE_FIELDS, Mapping, PAYMENT_FIELDS, type DateOrder, type MappingField } from '../../../../../shared/contract/imports';
import { fieldLabel, type DelimiterChoice, type MappingTarget } from './mapping-labels';

/** The editor's state: strings as typed, turned into a Mapping only on Save. */
export interface MappingForm {
  name: string;
  target: MappingTarget;
  delimiter: DelimiterChoice;
  decimalSeparator: Mapping['decimalSeparator'];
  thousandsSeparator: Mapping['thousandsSeparator'];
  dateOrder: DateOrder;
  defaultCurrency: string;
  /** Kept for both targets, so switching target and back loses nothing; only the target's are saved. */
  columns: Partial<Record<MappingField, string>>;
}

export type ProblemKey =
  | 'name'
  | 'thousandsSeparator'
  | 'defaultCurrency'
  | `column:${MappingField}`
  /** Anything the contract rejects that no single control explains. */
  | 'form';
export type FormProblems = Partial<Record<ProblemKey, string>>;

export type MappingFormResult = { ok: true; mapping: Mapping } | { ok: false; problems: FormProblems };

export function fieldsOf(target: MappingTarget): readonly MappingField[] {
  return target === 'payments' ? PAYMENT_FIELDS : INVOICE_FIELDS;
}

/** Without these a row cannot become a record; everything else is optional. */
export const REQUIRED_FIELDS: Readonly<Record<MappingTarget, readonly MappingField[]>> = {
  payments: ['id', 'amount', 'date'],
  invoices: ['number', 'total', 'date'],
};

export function emptyMappingForm(): MappingForm {
  return {
    name: '',
    target: 'payments',
    delimiter: 'auto',
    decimalSeparator: '.',
    thousandsSeparator: '',
    dateOrder: 'ymd',
    defaultCurrency: '',
    columns: {},
  };
}

export function formFromMapping(mapping: Mapping): MappingForm {
  return {
    name: mapping.name,
    target: mapping.target,
    delimiter: mapping.delimiter ?? 'auto',
    decimalSeparator: mapping.decimalSeparator,
    thousandsSeparator: mapping.thousandsSeparator,
    dateOrder: mapping.dateOrder,
    defaultCurrency: mapping.defaultCurrency ?? '',
    columns: { ...mapping.columns },
  };
}

function simplified(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Fields whose column is named like the field ("Amount", "customer email"), as a head start. */
export function suggestColumns(target: MappingTarget, columns: readonly string[]): Partial<Record<MappingField, string>> {
  const suggested: Partial<Record<MappingField, string>> = {};
  for (const field of fieldsOf(target)) {
    const names = new Set([simplified(field), simplified(fieldLabel(field, target))]);
    const match = columns.find((column) => names.has(simplified(column)));
    if (match !== undefined) suggested[field] = match;
  }
  return suggested;
}

/** Words for what the contract rejects, keyed by the control to show them beside. */
function contractProblem(path: readonly PropertyKey[], fallback: string): [ProblemKey, string] {
  const [first, second] = path;
  if (first === 'name') return ['name', 'Use up to 64 letters, digits, spaces, _ . or -, starting with a letter or digit.'];
  if (first === 'defaultCurrency') return ['defaultCurrency', 'Enter a three-letter currency code, such as EUR or USD.'];
  if (first === 'thousandsSeparator') return ['thousandsSeparator', 'The thousands separator must differ from the decimal separator.'];
  if (first === 'columns' && typeof second === 'string') {
    const field = PAYMENT_FIELDS.find((known) => known === second) ?? INVOICE_FIELDS.find((known) => known === second);
    if (field) return [`column:${field}`, 'A column name has at most 200 characters.'];
  }
  return ['form', fallback];
}

export interface MappingFormContext {
  /** Names already saved; a new mapping may not take one of them. */
  existingNames: readonly string[];
  /** The name of the mapping being edited, or null for a new one. */
  editing: string | null;
}

/** Checks the form and builds the Mapping to save, or says what to fix beside each control. */
export function mappingFromForm(form: MappingForm, context: MappingFormContext): MappingFormResult {
  const problems: FormProblems = {};
  const name = form.name.trim();
  const currency = form.defaultCurrency.trim().toUpperCase();
  const columns: Partial<Record<MappingField, string>> = {};
  for (const field of fieldsOf(form.target)) {
    const column = form.columns[field];
    if (column !== undefined && column.trim() !== '') columns[field] = column;
  }

  const candidate = {
    name,
    target: form.target,
    delimiter: form.delimiter === 'auto' ? null : form.delimiter,
    decimalSeparator: form.decimalSeparator,
    thousandsSeparator: form.thousandsSeparator,
    dateOrder: form.dateOrder,
    defaultCurrency: currency === '' ? null : currency,
    columns,
  };
  const parsed = Mapping.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [key, message] = contractProblem(issue.path, issue.message);
      problems[key] ??= message;
    }
  }

  if (name === '') problems.name = 'Give the mapping a name.';
  else if (context.editing === null && context.existingNames.includes(name)) {
    problems.name = `A mapping called "${name}" already exists. Choose another name, or edit that one.`;
  }
  for (const field of REQUIRED_FIELDS[form.target]) {
    if (columns[field] === undefined) {
      problems[`column:${field}`] = `Choose the column that holds the ${fieldLabel(field, form.target).toLowerCase()}.`;
    }
  }
  if (columns.currency === undefined && candidate.defaultCurrency === null) {
    problems.defaultCurrency ??= 'Choose the currency column, or enter the currency every row is in.';
  }

  if (Object.keys(problems).length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, mapping: parsed.data };
}
