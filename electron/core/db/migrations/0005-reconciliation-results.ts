// Reconciliation results, people's decisions on them, closed periods, and the record of what
// changed since the last run (filled by triggers, so every writer — sync, import, anything later —
// feeds incremental reconciliation without knowing about it).
//
// Two reviewed rebuilds (see the migrations test): `exceptions`, which no release ever wrote, takes
// the shape the engine needs; `job_runs` is copied row for row into a table without the CHECK on
// its kind, because SQLite cannot drop a CHECK in place and kinds are validated by the contract.
export default /* sql */ `
DROP TABLE exceptions;

CREATE TABLE exceptions (
  -- invoice:NUMBER, payment:ID; with @YYYY-MM when raised in an open period for a sealed item.
  item_key TEXT PRIMARY KEY,
  class TEXT NOT NULL CHECK (class IN (
    'currency_mismatch', 'matched', 'unpaid', 'unposted_payment', 'duplicate_payment',
    'refund_not_reflected', 'missing_payment', 'amount_mismatch', 'orphan_payment'
  )),
  invoice_number TEXT,
  payment_id TEXT,
  invoice_numbers_json TEXT NOT NULL,
  payment_ids_json TEXT NOT NULL,
  currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
  amount_at_stake_minor INTEGER NOT NULL CHECK (amount_at_stake_minor >= 0),
  total_minor INTEGER,
  billing_minor INTEGER NOT NULL,
  gateway_minor INTEGER NOT NULL,
  customer TEXT,
  item_date TEXT NOT NULL,
  period TEXT NOT NULL,
  suggestion_score INTEGER CHECK (suggestion_score IS NULL OR suggestion_score BETWEEN 0 AND 100),
  -- What the item's evaluation looked like: a change reopens a resolved item.
  fingerprint TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('open', 'resolved', 'accepted')),
  resolution_reason TEXT,
  resolved_by TEXT,
  resolved_at TEXT,
  note TEXT,
  sealed INTEGER NOT NULL DEFAULT 0 CHECK (sealed IN (0, 1)),
  opened_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (invoice_number IS NOT NULL OR payment_id IS NOT NULL)
) STRICT;

-- Few indexes on purpose (a full run of a million items writes every one), each covering what
-- the workbench asks most: totals by class and currency, and the open list by money at stake
-- or by age, first page and deep pages alike, without sorting a million rows.
CREATE INDEX exceptions_by_class ON exceptions (class, state, currency, amount_at_stake_minor);
CREATE INDEX exceptions_by_stake ON exceptions (state, amount_at_stake_minor DESC, item_key, class);
CREATE INDEX exceptions_by_date ON exceptions (state, item_date, item_key, class);

-- match_links now holds people's decisions only (automatic links are recomputed on every run).
ALTER TABLE match_links ADD COLUMN reason TEXT;

-- Every decision a person takes, in order: the item's history and what Undo takes back.
CREATE TABLE recon_decisions (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('confirm', 'reject', 'match', 'unmatch', 'resolve', 'accept', 'reopen')),
  item_keys_json TEXT NOT NULL,
  invoice_number TEXT,
  payment_id TEXT,
  reason TEXT,
  summary TEXT NOT NULL,
  -- What Undo restores: the rows the decision changed, as they were before.
  undo_json TEXT NOT NULL,
  undone_at TEXT
) STRICT;

CREATE TABLE recon_periods (
  period TEXT PRIMARY KEY,
  state TEXT NOT NULL CHECK (state = 'closed'),
  closed_at TEXT NOT NULL,
  closed_by TEXT NOT NULL,
  bridge_json TEXT NOT NULL
) STRICT;

CREATE TABLE recon_runs (
  id INTEGER PRIMARY KEY,
  mode TEXT NOT NULL CHECK (mode IN ('full', 'incremental')),
  finished_at TEXT NOT NULL,
  invoices_evaluated INTEGER NOT NULL,
  payments_evaluated INTEGER NOT NULL,
  items_changed INTEGER NOT NULL,
  duration_ms INTEGER NOT NULL
) STRICT;

-- What changed since the last run: invoices by number, payments by id (or charge id), and
-- gateway references a payment no longer carries (the invoices they named lost a link). While a
-- full run is owed (never run yet), nothing is noted: the full run reads everything anyway, and
-- a first import of a million rows stays cheap.
CREATE TABLE recon_dirty (
  entity TEXT NOT NULL CHECK (entity IN ('invoice', 'payment', 'reference')),
  key TEXT NOT NULL,
  PRIMARY KEY (entity, key)
) STRICT, WITHOUT ROWID;

CREATE TABLE recon_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  full_run_owed INTEGER NOT NULL CHECK (full_run_owed IN (0, 1))
) STRICT;
INSERT INTO recon_state (id, full_run_owed) VALUES (1, 1);

CREATE TRIGGER payments_dirty_insert AFTER INSERT ON payments
WHEN (SELECT full_run_owed FROM recon_state) = 0
BEGIN INSERT OR IGNORE INTO recon_dirty VALUES ('payment', NEW.id); END;

CREATE TRIGGER payments_dirty_update AFTER UPDATE OF status, amount_minor, currency, customer_email, invoice_reference, created_at ON payments
WHEN (SELECT full_run_owed FROM recon_state) = 0
BEGIN
  INSERT OR IGNORE INTO recon_dirty VALUES ('payment', NEW.id);
  INSERT OR IGNORE INTO recon_dirty SELECT 'reference', OLD.invoice_reference WHERE OLD.invoice_reference IS NOT NULL;
END;

CREATE TRIGGER refunds_dirty_insert AFTER INSERT ON refunds
WHEN (SELECT full_run_owed FROM recon_state) = 0
BEGIN INSERT OR IGNORE INTO recon_dirty VALUES ('payment', NEW.payment_id); END;

CREATE TRIGGER refunds_dirty_update AFTER UPDATE OF payment_id, status, amount_minor ON refunds
WHEN (SELECT full_run_owed FROM recon_state) = 0
BEGIN
  INSERT OR IGNORE INTO recon_dirty VALUES ('payment', OLD.payment_id);
  INSERT OR IGNORE INTO recon_dirty VALUES ('payment', NEW.payment_id);
END;

CREATE TRIGGER invoices_dirty_insert AFTER INSERT ON invoices
WHEN (SELECT full_run_owed FROM recon_state) = 0
BEGIN INSERT OR IGNORE INTO recon_dirty VALUES ('invoice', NEW.number); END;

CREATE TRIGGER invoices_dirty_update AFTER UPDATE OF external_id, status, contact_name, contact_email, currency, total_minor, amount_paid_minor, amount_credited_minor, issued_on ON invoices
WHEN (SELECT full_run_owed FROM recon_state) = 0
BEGIN INSERT OR IGNORE INTO recon_dirty VALUES ('invoice', NEW.number); END;

CREATE TRIGGER invoice_payments_dirty_insert AFTER INSERT ON invoice_payments
WHEN (SELECT full_run_owed FROM recon_state) = 0
BEGIN INSERT OR IGNORE INTO recon_dirty VALUES ('invoice', NEW.invoice_number); END;

CREATE TRIGGER invoice_payments_dirty_update AFTER UPDATE OF invoice_number, kind, status, amount_minor, reference ON invoice_payments
WHEN (SELECT full_run_owed FROM recon_state) = 0
BEGIN
  INSERT OR IGNORE INTO recon_dirty VALUES ('invoice', OLD.invoice_number);
  INSERT OR IGNORE INTO recon_dirty VALUES ('invoice', NEW.invoice_number);
  INSERT OR IGNORE INTO recon_dirty SELECT 'payment', OLD.reference WHERE OLD.reference IS NOT NULL;
END;

-- An incremental run re-evaluates a changed record's customer as a whole. (Candidates for a
-- manual match are found by scanning: an index on amounts cost a full sync a sixth of its time.)
CREATE INDEX invoices_by_contact_email ON invoices (contact_email);
CREATE INDEX payments_by_customer_email ON payments (customer_email);
-- Payments whose metadata names several invoices: an invoice finds them without a full scan.
CREATE INDEX payments_by_reference_list ON payments (invoice_reference) WHERE invoice_reference GLOB '*[,; ]*';

CREATE TABLE job_runs_rebuilt (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('running', 'succeeded', 'failed', 'cancelled')),
  summary_json TEXT,
  message TEXT,
  failure_class TEXT CHECK (failure_class IS NULL OR failure_class IN ('connection', 'system', 'integration')),
  records_done INTEGER NOT NULL DEFAULT 0,
  pages_done INTEGER NOT NULL DEFAULT 0,
  started_at TEXT NOT NULL,
  finished_at TEXT
) STRICT;
INSERT INTO job_runs_rebuilt SELECT id, kind, title, state, summary_json, message, failure_class, records_done, pages_done, started_at, finished_at FROM job_runs;
DROP TABLE job_runs;
ALTER TABLE job_runs_rebuilt RENAME TO job_runs;
CREATE INDEX job_runs_by_start ON job_runs (started_at);
`;
