import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ExportId, type ExportFile } from '../../../shared/contract/reconcile';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/jsonl; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** What is kept beside an export's bytes: the name to offer when saving it. */
const ExportMeta = z.object({ fileName: z.string().min(1), format: z.enum(EXPORT_FORMATS), rows: z.number().int().nonnegative() });

export interface StoredExport {
  exportId: string;
  path: string;
  fileName: string;
  contentType: string;
  bytes: number;
}

/** Exports are for saving right away; older ones are removed when the next one is made. */
const KEEP_MS = 24 * 60 * 60 * 1000;

/**
 * Files written by exports, under exports/ in the data folder, readable by their owner only.
 * Each is `exp_<random>` (the bytes) with `exp_<random>.json` beside it; the id is all a
 * client ever names, and it is checked against the contract's pattern before touching a path.
 */
export class ExportStore {
  constructor(readonly dir: string) {}

  /** A new, unguessable id and the path to write its bytes to. */
  reserve(now: Date = new Date()): { exportId: string; path: string } {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    this.prune(now);
    const exportId = `exp_${randomBytes(18).toString('base64url')}`;
    return { exportId, path: join(this.dir, exportId) };
  }

  /**
   * Makes an export: `write` fills the reserved path and returns its row count; the file is then
   * offered as `fileName`. A failed write leaves nothing behind.
   */
  async create(fileName: string, format: ExportFormat, write: (path: string) => Promise<number>, now: Date = new Date()): Promise<ExportFile> {
    const { exportId, path } = this.reserve(now);
    try {
      const rows = await write(path);
      return this.finish(exportId, fileName, format, rows);
    } catch (error) {
      this.discard(exportId);
      throw error;
    }
  }

  /** Records the finished file under the name it will be offered as. */
  finish(exportId: string, fileName: string, format: ExportFormat, rows: number): ExportFile {
    writeFileSync(join(this.dir, `${exportId}.json`), JSON.stringify({ fileName, format, rows }), { mode: 0o600 });
    return { exportId, fileName, rows, bytes: statSync(join(this.dir, exportId)).size };
  }

  find(exportId: string): StoredExport | undefined {
    if (!ExportId.safeParse(exportId).success) return undefined;
    const path = join(this.dir, exportId);
    try {
      const meta = ExportMeta.parse(JSON.parse(readFileSync(`${path}.json`, 'utf8')));
      return { exportId, path, fileName: meta.fileName, contentType: CONTENT_TYPES[meta.format], bytes: statSync(path).size };
    } catch {
      // Missing, half-written or pruned: to the caller it is simply not there.
      return undefined;
    }
  }

  discard(exportId: string): void {
    if (!ExportId.safeParse(exportId).success) return;
    rmSync(join(this.dir, exportId), { force: true });
    rmSync(join(this.dir, `${exportId}.json`), { force: true });
  }

  private prune(now: Date): void {
    for (const name of readdirSync(this.dir)) {
      if (!name.startsWith('exp_')) continue;
      const path = join(this.dir, name);
      // Another export may remove the same old file at the same time: gone is what we wanted.
      const modified = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
      if (modified !== undefined && now.getTime() - modified > KEEP_MS) rmSync(path, { force: true });
    }
  }
}

/** Where a data folder keeps its exports: the backend writes there, main and the server read. */
export function exportsDirIn(dataDir: string): string {
  return join(dataDir, 'exports');
}
