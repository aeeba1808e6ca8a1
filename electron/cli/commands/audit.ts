import { parseArgs } from 'node:util';
import { AUDIT_EXPORT_FORMATS, type AuditExportFormat } from '../../../shared/contract/audit';
import { auditRecords, auditRows, auditTable } from '../../core/audit/audit-export-rows';
import { verifyAudit } from '../../core/audit/audit-log';
import type { Database } from '../../core/db/database';
import { streamCsv, writeCsv } from '../../core/export/csv-writer';
import { streamJsonl, writeJsonl } from '../../core/export/jsonl-writer';
import { CliError } from '../cli-error';
import { openCliDatabase } from '../open-cli-database';

export const AUDIT_USAGE = 'audit verify --db FILE [--json] | audit export --db FILE [--format jsonl|csv] [--out FILE]';

/** Exit code of a trail that does not verify, apart from 1 (could not check at all). */
export const BROKEN_TRAIL_EXIT = 3;

/**
 * `paydesk audit verify` recomputes the hash chain and exits 0 when it holds, or 3 with one line
 * naming the first broken entry. `paydesk audit export` writes every entry, every field, to
 * stdout (or --out), streamed: JSON Lines by default, or CSV.
 */
export async function auditCommand(args: string[]): Promise<void> {
  const [action, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: { db: { type: 'string' }, json: { type: 'boolean' }, format: { type: 'string' }, out: { type: 'string' } },
    strict: true,
  });
  if (action !== 'verify' && action !== 'export') throw new CliError(`say what to do with the audit trail; usage: paydesk ${AUDIT_USAGE}`, 2);
  if (values.db === undefined) throw new CliError(`--db FILE is required; usage: paydesk ${AUDIT_USAGE}`, 2);
  if (action === 'verify' && (values.format !== undefined || values.out !== undefined)) throw new CliError('--format and --out belong to audit export', 2);
  if (action === 'export' && values.json !== undefined) throw new CliError('audit export writes JSON Lines by default; --json belongs to audit verify', 2);
  const format = action === 'export' ? parseFormat(values.format) : null;

  const db = openCliDatabase(values.db, { mustExist: true });
  try {
    if (format === null) verify(db, values.json === true);
    else await exportTrail(db, format, values.out);
  } finally {
    db.close();
  }
}

function verify(db: Database, json: boolean): void {
  const verdict = verifyAudit(db);
  if (json) process.stdout.write(`${JSON.stringify(verdict)}\n`);
  if (!verdict.intact) {
    throw new CliError(`audit trail broken at entry ${verdict.firstBroken}: ${verdict.problem} (${verdict.entries} entries read)`, BROKEN_TRAIL_EXIT);
  }
  if (!json) process.stdout.write(`Audit trail intact: ${verdict.entries.toLocaleString('en-US')} entries, each chained to the one before.\n`);
}

async function exportTrail(db: Database, format: AuditExportFormat, out: string | undefined): Promise<void> {
  const rows = auditRows(db);
  let count: number;
  if (out !== undefined) {
    count = format === 'jsonl' ? await writeJsonl(out, auditRecords(rows)) : await writeCsv(out, auditTable(rows));
  } else {
    // A reader that stops early (| head) closes the pipe: that is the end of the export, not an error.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') process.stderr.write(`paydesk: the export could not be written: ${error.message}\n`);
      process.exit(error.code === 'EPIPE' ? 0 : 1);
    });
    count = format === 'jsonl' ? await streamJsonl(process.stdout, auditRecords(rows)) : await streamCsv(process.stdout, auditTable(rows));
  }
  process.stderr.write(`exported ${count.toLocaleString('en-US')} audit entries${out === undefined ? '' : ` to ${out}`}\n`);
}

function parseFormat(format: string | undefined): AuditExportFormat {
  if (format === undefined) return 'jsonl';
  const known = AUDIT_EXPORT_FORMATS.find((candidate) => candidate === format);
  if (!known) throw new CliError(`--format must be jsonl or csv, got "${format}"`, 2);
  return known;
}
