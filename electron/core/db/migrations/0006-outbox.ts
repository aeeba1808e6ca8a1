// The outbox takes the shape retransmission needs: what exactly is sent (frozen at enqueue, so
// every attempt sends the same bytes under the same idempotency key), a lease for the attempt in
// flight, and a row per attempt with what was asked and answered. Two kinds of row: a gateway
// payment to record in billing, and a gateway event to re-send to the merchant's webhook endpoint.
//
// A reviewed rebuild (see the migrations test): no release ever wrote to `outbox`.
export default /* sql */ `
DROP TABLE outbox;

CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  idempotency_key TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('billing_payment', 'webhook_event')),
  -- A billing connector, or a webhook endpoint.
  target_connector_id TEXT NOT NULL,
  -- The gateway connector the payment came from: a webhook row fetches its event there.
  source_connector_id TEXT,
  invoice_number TEXT,
  -- Billing's id for the invoice when known: the check before each attempt asks for it.
  invoice_external_id TEXT,
  -- The gateway payment: also the Reference billing records, by which a check recognises it.
  payment_id TEXT NOT NULL,
  currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
  amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
  paid_on TEXT NOT NULL,
  payload_json TEXT NOT NULL,
  item_key TEXT,
  state TEXT NOT NULL CHECK (state IN ('pending', 'in_flight', 'succeeded', 'failed', 'dead', 'cancelled')),
  attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  max_attempts INTEGER NOT NULL CHECK (max_attempts > 0),
  failure_class TEXT CHECK (failure_class IS NULL OR failure_class IN ('connection', 'system', 'integration')),
  last_error TEXT,
  next_attempt_at TEXT,
  -- While in flight: the attempt holds the row until then; a crashed holder's row is taken over.
  lease_until TEXT,
  billing_payment_id TEXT,
  -- A webhook row: the event type it re-sends, and the event's id once fetched from the gateway
  -- (payload_json is empty until then).
  event_id TEXT,
  event_type TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((state = 'in_flight') = (lease_until IS NOT NULL)),
  CHECK (kind != 'billing_payment' OR invoice_number IS NOT NULL),
  CHECK (kind != 'webhook_event' OR event_type IS NOT NULL)
) STRICT;

CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_by_item ON outbox (item_key) WHERE item_key IS NOT NULL;

CREATE TABLE outbox_attempts (
  outbox_id INTEGER NOT NULL REFERENCES outbox (id),
  attempt INTEGER NOT NULL CHECK (attempt > 0),
  started_at TEXT NOT NULL,
  finished_at TEXT,
  outcome TEXT NOT NULL CHECK (outcome IN ('in_flight', 'already_recorded', 'posted', 'failed', 'interrupted')),
  failure_class TEXT CHECK (failure_class IS NULL OR failure_class IN ('connection', 'system', 'integration')),
  http_status INTEGER,
  -- [{ request, response }]: one line each, redacted.
  exchanges_json TEXT NOT NULL DEFAULT '[]',
  message TEXT,
  PRIMARY KEY (outbox_id, attempt)
) STRICT, WITHOUT ROWID;
`;
