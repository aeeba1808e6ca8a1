import { describe, expect, it } from 'vitest';
import type { Mapping } from '../../../shared/contract/imports';
import {
  emptyMappingForm,
  formFromMapping,
  mappingFromForm,
  suggestColumns,
  type MappingForm,
} from '../../../renderer/src/pages/settings/mappings/mapping-form';

const fresh = { existingNames: ['Shopify'], editing: null };

const paymentsForm = (overrides: Partial<MappingForm> = {}): MappingForm => ({
  ...emptyMappingForm(),
  name: '  Adyen settlements ',
  columns: { id: 'Psp Reference', amount: 'Gross', date: 'Creation Date', currency: 'Currency' },
  ...overrides,
});

describe('mapping form to Mapping', () => {
  it('builds the Mapping, trimming the name and leaving empty columns out', () => {
    const result = mappingFromForm(
      paymentsForm({ delimiter: ';', decimalSeparator: ',', thousandsSeparator: '.', dateOrder: 'dmy', columns: { id: 'Ref', amount: 'Gross', date: 'Date', currency: 'Cur', status: '  ' } }),
      fresh,
    );
    expect(result).toEqual({
      ok: true,
      mapping: {
        name: 'Adyen settlements',
        target: 'payments',
        delimiter: ';',
        decimalSeparator: ',',
        thousandsSeparator: '.',
        dateOrder: 'dmy',
        defaultCurrency: null,
        columns: { id: 'Ref', amount: 'Gross', date: 'Date', currency: 'Cur' },
      },
    });
  });

  it('saves only the target’s columns and detects the delimiter when asked', () => {
    const result = mappingFromForm(
      paymentsForm({ target: 'invoices', columns: { id: 'Ref', number: 'No', total: 'Total', date: 'Date' }, defaultCurrency: ' eur ' }),
      fresh,
    );
    expect(result.ok && result.mapping).toMatchObject({
      target: 'invoices',
      delimiter: null,
      defaultCurrency: 'EUR',
      columns: { number: 'No', total: 'Total', date: 'Date' },
    });
  });

  it('asks for a name, a free name for a new mapping, and allows its own name when editing', () => {
    const empty = mappingFromForm(paymentsForm({ name: ' ' }), fresh);
    expect(!empty.ok && empty.problems.name).toBe('Give the mapping a name.');
    const taken = mappingFromForm(paymentsForm({ name: 'Shopify' }), fresh);
    expect(!taken.ok && taken.problems.name).toMatch(/already exists/);
    expect(mappingFromForm(paymentsForm({ name: 'Shopify' }), { existingNames: ['Shopify'], editing: 'Shopify' }).ok).toBe(true);
    const odd = mappingFromForm(paymentsForm({ name: '-bad/name' }), fresh);
    expect(!odd.ok && odd.problems.name).toMatch(/letters, digits/);
  });

  it('requires the columns a record cannot do without, beside each control', () => {
    const result = mappingFromForm(paymentsForm({ columns: { currency: 'Currency' } }), fresh);
    expect(!result.ok && result.problems).toEqual({
      'column:id': 'Choose the column that holds the payment id.',
      'column:amount': 'Choose the column that holds the amount.',
      'column:date': 'Choose the column that holds the payment date.',
    });
  });

  it('needs a currency column or a default currency, and a real currency code', () => {
    const none = mappingFromForm(paymentsForm({ columns: { id: 'a', amount: 'b', date: 'c' } }), fresh);
    expect(!none.ok && none.problems.defaultCurrency).toMatch(/currency column/);
    const made = mappingFromForm(paymentsForm({ columns: { id: 'a', amount: 'b', date: 'c' }, defaultCurrency: 'XYZ' }), fresh);
    expect(!made.ok && made.problems.defaultCurrency).toMatch(/three-letter currency code/);
    expect(mappingFromForm(paymentsForm({ columns: { id: 'a', amount: 'b', date: 'c' }, defaultCurrency: 'jpy' }), fresh).ok).toBe(true);
  });

  it('refuses the same decimal and thousands separator, on the thousands control', () => {
    const result = mappingFromForm(paymentsForm({ decimalSeparator: ',', thousandsSeparator: ',' }), fresh);
    expect(!result.ok && result.problems).toEqual({
      thousandsSeparator: 'The thousands separator must differ from the decimal separator.',
    });
  });
});

describe('Mapping to form and suggestions', () => {
  it('round-trips a saved mapping', () => {
    const mapping: Mapping = {
      name: 'Shopify',
      target: 'payments',
      delimiter: null,
      decimalSeparator: '.',
      thousandsSeparator: ',',
      dateOrder: 'mdy',
      defaultCurrency: 'USD',
      columns: { id: 'Order', amount: 'Total', date: 'Paid at' },
    };
    const form = formFromMapping(mapping);
    expect(form.delimiter).toBe('auto');
    expect(form.defaultCurrency).toBe('USD');
    expect(mappingFromForm(form, { existingNames: ['Shopify'], editing: 'Shopify' })).toEqual({ ok: true, mapping });
  });

  it('suggests columns named like the fields', () => {
    expect(suggestColumns('payments', ['Amount', 'Customer Email', 'Payment date', 'Notes'])).toEqual({
      amount: 'Amount',
      customer_email: 'Customer Email',
      date: 'Payment date',
    });
    expect(suggestColumns('invoices', ['invoice_number', 'TOTAL', 'Due date'])).toEqual({
      number: 'invoice_number',
      total: 'TOTAL',
      due_date: 'Due date',
    });
  });
});
