// Connectors, their health, and every transmission failure with its class.
export default /* sql */ `
CREATE TABLE connectors (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('gateway', 'billing')),
  name TEXT NOT NULL,
  mode TEXT NOT NULL CHECK (mode IN ('sandbox', 'live')),
  base_url TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE transmission_failures (
  id INTEGER PRIMARY KEY,
  connector_id TEXT NOT NULL REFERENCES connectors (id),
  failure_class TEXT NOT NULL CHECK (failure_class IN ('connection', 'system', 'integration')),
  endpoint TEXT NOT NULL,
  http_status INTEGER,
  message TEXT NOT NULL,
  occurred_at TEXT NOT NULL
) STRICT;

CREATE INDEX transmission_failures_by_connector
  ON transmission_failures (connector_id, occurred_at);

CREATE TABLE connector_health (
  connector_id TEXT PRIMARY KEY REFERENCES connectors (id),
  checked_at TEXT NOT NULL,
  ok INTEGER NOT NULL CHECK (ok IN (0, 1)),
  latency_ms INTEGER,
  last_success_at TEXT,
  last_failure_id INTEGER REFERENCES transmission_failures (id)
) STRICT;
`;
