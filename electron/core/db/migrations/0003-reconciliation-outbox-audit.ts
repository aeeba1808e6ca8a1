// What people and the engine decide, what waits to be retransmitted, and the audit trail.
export default /* sql */ `
CREATE TABLE match_links (
  id INTEGER PRIMARY KEY,
  invoice_number TEXT NOT NULL,
  payment_id TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('reference', 'billing_reference', 'suggestion', 'manual')),
  state TEXT NOT NULL CHECK (state IN ('active', 'suggested', 'rejected', 'removed')),
  score INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 100),
  allocated_minor INTEGER,
  decided_by TEXT,
  decided_at TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (invoice_number, payment_id)
) STRICT;

CREATE INDEX match_links_by_payment ON match_links (payment_id);

CREATE TABLE exceptions (
  id INTEGER PRIMARY KEY,
  class TEXT NOT NULL CHECK (class IN (
    'currency_mismatch', 'matched', 'unpaid', 'unposted_payment', 'duplicate_payment',
    'refund_not_reflected', 'missing_payment', 'amount_mismatch', 'orphan_payment'
  )),
  invoice_number TEXT,
  payment_id TEXT,
  currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
  amount_at_stake_minor INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('open', 'resolved', 'accepted')),
  resolution_reason TEXT,
  resolved_by TEXT,
  resolved_at TEXT,
  opened_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (invoice_number IS NOT NULL OR payment_id IS NOT NULL)
) STRICT;

CREATE INDEX exceptions_by_class ON exceptions (class, state);

CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  idempotency_key TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('billing_payment', 'webhook_event')),
  target_connector_id TEXT NOT NULL,
  payment_id TEXT,
  invoice_number TEXT,
  payload_json TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'in_flight', 'succeeded', 'failed', 'dead')),
  attempts INTEGER NOT NULL DEFAULT 0,
  failure_class TEXT CHECK (failure_class IS NULL OR failure_class IN ('connection', 'system', 'integration')),
  last_error TEXT,
  next_attempt_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX outbox_by_state ON outbox (state, next_attempt_at);

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity_type TEXT,
  entity_id TEXT,
  before_json TEXT,
  after_json TEXT,
  reason TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
) STRICT;

CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
`;
