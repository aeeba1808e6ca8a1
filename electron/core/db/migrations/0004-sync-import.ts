// What syncs and imports need: credit notes reduce what an invoice asks for, the billing
// tenant of a live connector, saved field
// mappings for flat files, and a record of every sync and import run.
export default /* sql */ `
ALTER TABLE invoices ADD COLUMN amount_credited_minor INTEGER NOT NULL DEFAULT 0;

-- Which organisation a billing connector reads (Xero's tenant), and the OAuth2 app it signed
-- in with (a PKCE app's client id is public). Neither is a secret.
ALTER TABLE connectors ADD COLUMN tenant_id TEXT;
ALTER TABLE connectors ADD COLUMN oauth_client_id TEXT;

CREATE TABLE import_mappings (
  name TEXT PRIMARY KEY,
  definition_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE job_runs (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('sync', 'import', 'connect')),
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

CREATE INDEX job_runs_by_start ON job_runs (started_at);
`;
