import type { DateOrder, Mapping, MappingField } from '../../../../../shared/contract/imports';
import { assertNever } from '../../../lib/assert-never';

export type MappingTarget = Mapping['target'];
export type DelimiterChoice = 'auto' | NonNullable<Mapping['delimiter']>;

export function targetText(target: MappingTarget): string {
  switch (target) {
    case 'payments':
      return 'Payments';
    case 'invoices':
      return 'Invoices';
    default:
      return assertNever(target);
  }
}

/** What a person calls each field; a date means different things for payments and invoices. */
export function fieldLabel(field: MappingField, target: MappingTarget): string {
  switch (field) {
    case 'id':
      return 'Payment id';
    case 'amount':
      return 'Amount';
    case 'currency':
      return 'Currency';
    case 'date':
      return target === 'payments' ? 'Payment date' : 'Invoice date';
    case 'status':
      return 'Status';
    case 'customer_email':
      return 'Customer email';
    case 'customer_id':
      return 'Customer id';
    case 'invoice_reference':
      return 'Invoice reference';
    case 'number':
      return 'Invoice number';
    case 'total':
      return 'Total';
    case 'amount_paid':
      return 'Amount paid';
    case 'due_date':
      return 'Due date';
    case 'contact_name':
      return 'Contact name';
    case 'contact_email':
      return 'Contact email';
    default:
      return assertNever(field);
  }
}

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export const TARGET_CHOICES: readonly Choice<MappingTarget>[] = [
  { value: 'payments', label: 'Payments' },
  { value: 'invoices', label: 'Invoices' },
];

export const DELIMITER_CHOICES: readonly Choice<DelimiterChoice>[] = [
  { value: 'auto', label: 'Detect automatically' },
  { value: ',', label: 'Comma (,)' },
  { value: ';', label: 'Semicolon (;)' },
  { value: '\t', label: 'Tab' },
  { value: '|', label: 'Vertical bar (|)' },
];

export const DECIMAL_CHOICES: readonly Choice<Mapping['decimalSeparator']>[] = [
  { value: '.', label: 'Point: 1234.56' },
  { value: ',', label: 'Comma: 1234,56' },
];

export const THOUSANDS_CHOICES: readonly Choice<Mapping['thousandsSeparator']>[] = [
  { value: '', label: 'None: 1234567' },
  { value: ',', label: 'Comma: 1,234,567' },
  { value: '.', label: 'Point: 1.234.567' },
  { value: ' ', label: 'Space: 1 234 567' },
  { value: "'", label: "Apostrophe: 1'234'567" },
];

export const DATE_ORDER_CHOICES: readonly Choice<DateOrder>[] = [
  { value: 'ymd', label: 'Year-month-day: 2025-03-31' },
  { value: 'dmy', label: 'Day/month/year: 31/03/2025' },
  { value: 'mdy', label: 'Month/day/year: 03/31/2025' },
];

/** The choice whose value is `raw`, for turning a <select>'s string back into its type. */
export function choiceOf<T extends string>(choices: readonly Choice<T>[], raw: string): T | undefined {
  return choices.find((choice) => choice.value === raw)?.value;
}
