import { z } from 'zod';
import { CurrencyCode } from '../money';

export const ImportPreset = z.enum(['stripe-balance-report', 'xero-invoices']);
export type ImportPreset = z.infer<typeof ImportPreset>;

/** How a file writes calendar dates. Ambiguous files make the person choose. */
export const DateOrder = z.enum(['ymd', 'dmy', 'mdy']);
export type DateOrder = z.infer<typeof DateOrder>;

export const MappingName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$/, 'a mapping name (letters, digits, space, _ . -)');

/** Where the file is: a local path (desktop app) or a file uploaded to the browser console. */
export const ImportSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('path'), path: z.string().min(1).max(4096) }).strict(),
  z.object({ kind: z.literal('upload'), uploadId: z.uuid() }).strict(),
]);
export type ImportSource = z.infer<typeof ImportSource>;

export const ImportFormat = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('preset'),
      preset: ImportPreset,
      /** Needed for xero-invoices when the dates fit both DMY and MDY. */
      dateOrder: DateOrder.optional(),
      /** The payment_metadata[KEY] column that holds the invoice reference; default invoice_number. */
      invoiceReferenceKey: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/).optional(),
    })
    .strict(),
  z.object({ kind: z.literal('mapping'), name: MappingName }).strict(),
]);
export type ImportFormat = z.infer<typeof ImportFormat>;

export const PAYMENT_FIELDS = ['id', 'amount', 'currency', 'date', 'status', 'customer_email', 'customer_id', 'invoice_reference'] as const;
export const INVOICE_FIELDS = ['number', 'total', 'amount_paid', 'currency', 'date', 'due_date', 'status', 'contact_name', 'contact_email'] as const;
export const MappingField = z.enum([...PAYMENT_FIELDS, ...INVOICE_FIELDS.filter((field) => !(PAYMENT_FIELDS as readonly string[]).includes(field))]);
export type MappingField = z.infer<typeof MappingField>;

/** A saved description of any other system's export: which column is which, and how to read it. */
export const Mapping = z
  .object({
    name: MappingName,
    target: z.enum(['payments', 'invoices']),
    /** null: detect from the header line. */
    delimiter: z.enum([',', ';', '\t', '|']).nullable(),
    decimalSeparator: z.enum(['.', ',']),
    thousandsSeparator: z.enum(['', ',', '.', ' ', "'"]),
    dateOrder: DateOrder,
    /** Used when the file has no currency column. */
    defaultCurrency: CurrencyCode.nullable(),
    /** Target field → the file's column header. */
    columns: z.partialRecord(MappingField, z.string().min(1).max(200)),
  })
  .strict()
  .refine((mapping) => mapping.decimalSeparator !== mapping.thousandsSeparator, {
    message: 'the decimal and thousands separators must differ',
    path: ['thousandsSeparator'],
  });
export type Mapping = z.infer<typeof Mapping>;

/** One thing wrong with a file, located precisely enough to fix it. */
export const ImportProblem = z.object({
  /** 1-based line number in the file (the header is row 1), null for a whole-file problem. */
  row: z.number().int().positive().nullable(),
  column: z.string().nullable(),
  field: z.string().nullable(),
  value: z.string().nullable(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

export const ImportCounts = z.object({
  payments: z.number().int().nonnegative(),
  refunds: z.number().int().nonnegative(),
  invoices: z.number().int().nonnegative(),
  invoicePayments: z.number().int().nonnegative(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

export const ImportPreview = z.object({
  fileName: z.string(),
  /** Data rows (header excluded). */
  rowCount: z.number().int().nonnegative(),
  columns: z.array(z.string()),
  /** The first rows as the file has them, cells as text. */
  sampleRows: z.array(z.array(z.string())),
  /** What would be written if committed. */
  counts: ImportCounts,
  /** Every problem up to a cap; problemCount says how many there were. */
  problems: z.array(ImportProblem),
  problemCount: z.number().int().nonnegative(),
  /** Date orders that read every date in the file; more than one means the person must choose. */
  dateOrders: z.array(DateOrder),
  canCommit: z.boolean(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;
