// The local copy of both sides. Money is integer minor units next to an ISO 4217 code; times are
// UTC ISO-8601 text. raw_json keeps the source record, redacted, for audit. Rows from the
// gateway and billing arrive in any order, so references between them are not foreign keys.
export default /* sql */ `
CREATE TABLE payments (
  id TEXT PRIMARY KEY,
  charge_id TEXT,
  source TEXT NOT NULL,
  status TEXT NOT NULL,
  amount_minor INTEGER NOT NULL,
  currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
  customer_id TEXT,
  customer_email TEXT,
  invoice_reference TEXT,
  card_brand TEXT,
  card_last4 TEXT CHECK (card_last4 IS NULL OR length(card_last4) = 4),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  raw_json TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX payments_by_charge ON payments (charge_id) WHERE charge_id IS NOT NULL;
CREATE INDEX payments_by_invoice_reference ON payments (invoice_reference);

CREATE TABLE refunds (
  id TEXT PRIMARY KEY,
  payment_id TEXT NOT NULL,
  source TEXT NOT NULL,
  status TEXT NOT NULL,
  amount_minor INTEGER NOT NULL,
  currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
  created_at TEXT NOT NULL,
  raw_json TEXT NOT NULL
) STRICT;

CREATE INDEX refunds_by_payment ON refunds (payment_id);

CREATE TABLE checkouts (
  id TEXT PRIMARY KEY,
  payment_id TEXT,
  source TEXT NOT NULL,
  status TEXT NOT NULL,
  payment_status TEXT,
  amount_minor INTEGER,
  currency TEXT CHECK (currency IS NULL OR (length(currency) = 3 AND currency = upper(currency))),
  customer_email TEXT,
  recovery_url TEXT,
  created_at TEXT NOT NULL,
  expires_at TEXT,
  raw_json TEXT NOT NULL
) STRICT;

CREATE INDEX checkouts_by_payment ON checkouts (payment_id);

CREATE TABLE invoices (
  number TEXT PRIMARY KEY,
  external_id TEXT UNIQUE,
  source TEXT NOT NULL,
  status TEXT NOT NULL,
  contact_name TEXT,
  contact_email TEXT,
  currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
  total_minor INTEGER NOT NULL,
  amount_paid_minor INTEGER NOT NULL,
  amount_due_minor INTEGER NOT NULL,
  issued_on TEXT,
  due_on TEXT,
  updated_at TEXT NOT NULL,
  raw_json TEXT NOT NULL
) STRICT;

CREATE TABLE invoice_payments (
  id TEXT PRIMARY KEY,
  invoice_number TEXT NOT NULL,
  source TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('payment', 'credit_note', 'prepayment', 'overpayment')),
  status TEXT NOT NULL,
  amount_minor INTEGER NOT NULL,
  currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
  reference TEXT,
  paid_on TEXT NOT NULL,
  raw_json TEXT NOT NULL
) STRICT;

CREATE INDEX invoice_payments_by_invoice ON invoice_payments (invoice_number);
CREATE INDEX invoice_payments_by_reference ON invoice_payments (reference);

CREATE TABLE sync_state (
  connector_id TEXT NOT NULL,
  resource TEXT NOT NULL,
  cursor TEXT,
  last_synced_at TEXT,
  PRIMARY KEY (connector_id, resource)
) STRICT;
`;
