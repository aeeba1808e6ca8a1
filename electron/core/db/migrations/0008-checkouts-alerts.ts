// Abandoned checkouts and monitoring. Each checkout session's stage of drop-off is kept in
// checkout_stages, recomputed only for the sessions whose inputs changed: triggers note them in
// checkout_dirty the way recon_dirty works, so every writer (sync, import, outbox refresh) feeds
// it without knowing. Alerts keep what the anomaly detector raised and how people handled it.
export default /* sql */ `
ALTER TABLE checkouts ADD COLUMN invoice_reference TEXT;
ALTER TABLE checkouts ADD COLUMN customer_name TEXT;

UPDATE checkouts SET
  invoice_reference = COALESCE(json_extract(raw_json, '$.metadata.invoice_number'), json_extract(raw_json, '$.client_reference_id')),
  customer_name = json_extract(raw_json, '$.customer_details.name');

CREATE INDEX checkouts_by_invoice_reference ON checkouts (invoice_reference) WHERE invoice_reference IS NOT NULL;

-- Where a session ended. 'open' is kept apart from the stage: whether an open session counts as
-- abandoned depends on the clock and the threshold setting, so queries decide it.
CREATE TABLE checkout_stages (
  session_id TEXT PRIMARY KEY,
  stage TEXT NOT NULL CHECK (stage IN (
    'completed', 'card_entry', 'declined_then_abandoned', 'three_d_secure', 'paid_not_committed'
  )),
  open INTEGER NOT NULL CHECK (open IN (0, 1)),
  recovered INTEGER NOT NULL CHECK (recovered IN (0, 1)),
  decline_reason TEXT,
  started_at TEXT NOT NULL
) STRICT;

CREATE INDEX checkout_stages_by_start ON checkout_stages (started_at, stage);
CREATE INDEX checkout_stages_by_stage ON checkout_stages (stage, started_at);

CREATE TABLE checkout_dirty (
  session_id TEXT PRIMARY KEY
) STRICT, WITHOUT ROWID;

CREATE TABLE checkout_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  full_run_owed INTEGER NOT NULL CHECK (full_run_owed IN (0, 1))
) STRICT;
INSERT INTO checkout_state (id, full_run_owed) VALUES (1, 1);

CREATE TRIGGER checkouts_stage_dirty_insert AFTER INSERT ON checkouts
WHEN (SELECT full_run_owed FROM checkout_state) = 0
BEGIN INSERT OR IGNORE INTO checkout_dirty VALUES (NEW.id); END;

CREATE TRIGGER checkouts_stage_dirty_update AFTER UPDATE ON checkouts
WHEN (SELECT full_run_owed FROM checkout_state) = 0
BEGIN INSERT OR IGNORE INTO checkout_dirty VALUES (NEW.id); END;

-- A payment decides its own session's stage, and may recover an earlier abandoned session for
-- the same invoice.
CREATE TRIGGER payments_stage_dirty_insert AFTER INSERT ON payments
WHEN (SELECT full_run_owed FROM checkout_state) = 0
BEGIN
  INSERT OR IGNORE INTO checkout_dirty SELECT id FROM checkouts WHERE payment_id = NEW.id;
  INSERT OR IGNORE INTO checkout_dirty SELECT id FROM checkouts WHERE invoice_reference = NEW.invoice_reference;
END;

CREATE TRIGGER payments_stage_dirty_update AFTER UPDATE OF status, charge_id, invoice_reference, created_at ON payments
WHEN (SELECT full_run_owed FROM checkout_state) = 0
BEGIN
  INSERT OR IGNORE INTO checkout_dirty SELECT id FROM checkouts WHERE payment_id = NEW.id;
  INSERT OR IGNORE INTO checkout_dirty SELECT id FROM checkouts WHERE invoice_reference IN (OLD.invoice_reference, NEW.invoice_reference);
END;

-- Billing recording a payment (by payment intent or charge id) commits a paid session.
CREATE TRIGGER invoice_payments_stage_dirty_insert AFTER INSERT ON invoice_payments
WHEN (SELECT full_run_owed FROM checkout_state) = 0 AND NEW.reference IS NOT NULL
BEGIN
  INSERT OR IGNORE INTO checkout_dirty SELECT id FROM checkouts WHERE payment_id = NEW.reference;
  INSERT OR IGNORE INTO checkout_dirty
    SELECT c.id FROM payments p JOIN checkouts c ON c.payment_id = p.id WHERE p.charge_id = NEW.reference;
END;

CREATE TRIGGER invoice_payments_stage_dirty_update AFTER UPDATE OF reference, status ON invoice_payments
WHEN (SELECT full_run_owed FROM checkout_state) = 0
BEGIN
  INSERT OR IGNORE INTO checkout_dirty SELECT id FROM checkouts WHERE payment_id IN (OLD.reference, NEW.reference);
  INSERT OR IGNORE INTO checkout_dirty
    SELECT c.id FROM payments p JOIN checkouts c ON c.payment_id = p.id WHERE p.charge_id IN (OLD.reference, NEW.reference);
END;

CREATE INDEX transmission_failures_by_time ON transmission_failures (occurred_at);

-- The overview counts payments per day and finds the newest activity in the cache.
CREATE INDEX payments_by_created ON payments (created_at, status);

-- One row per anomaly: a metric's window that departed from its baseline. The same evidence
-- seen again bumps seen_count and last_seen_at instead of notifying again.
CREATE TABLE alerts (
  id INTEGER PRIMARY KEY,
  metric TEXT NOT NULL,
  label TEXT NOT NULL,
  window_start TEXT NOT NULL,
  window_end TEXT NOT NULL,
  direction TEXT NOT NULL CHECK (direction IN ('up', 'down')),
  value REAL NOT NULL,
  baseline_median REAL NOT NULL,
  baseline_mad REAL NOT NULL,
  score REAL NOT NULL,
  evidence TEXT NOT NULL,
  summary TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('open', 'acknowledged', 'snoozed')),
  snoozed_until TEXT,
  handled_by TEXT,
  handled_at TEXT,
  note TEXT,
  first_seen_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  seen_count INTEGER NOT NULL CHECK (seen_count >= 1),
  notified_at TEXT,
  UNIQUE (metric, evidence)
) STRICT;

CREATE INDEX alerts_by_state ON alerts (state, last_seen_at);
`;
