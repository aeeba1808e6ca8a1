import { z } from 'zod';

/** Tables whose changes the Node side announces in `data.changed`, so the UI can refresh. */
export const TableName = z.enum([
  'connectors',
  'connector_health',
  'transmission_failures',
  'payments',
  'refunds',
  'checkouts',
  'invoices',
  'invoice_payments',
  'sync_state',
  'match_links',
  'exceptions',
  'outbox',
  'audit_log',
  'import_mappings',
  'job_runs',
  'recon_decisions',
  'recon_periods',
  'recon_runs',
  'settings',
  'checkout_stages',
  'alerts',
]);
export type TableName = z.infer<typeof TableName>;
