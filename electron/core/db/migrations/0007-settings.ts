// Small preferences of one workspace, a JSON value per key: first of them the operator profile,
// the name entries of the audit trail carry instead of the OS user.
export default /* sql */ `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value_json TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`;
