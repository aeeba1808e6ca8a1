import type { ClassTotal, ExportFile, ExportRequest, ItemFilter, Period, ReconItem } from '../../../shared/contract/reconcile';
import type { Bridge } from '../../../shared/contract/reconcile';
import { bridgeReport } from './bridge-report';
import { BRIDGE_COLUMNS, bridgeRows, bridgeStateWords } from './bridge-table';
import { writeCsv } from './csv-writer';
import { exceptionReport } from './exception-report';
import { EXCEPTION_COLUMNS, exceptionCells } from './exception-table';
import type { ExportFormat, ExportStore } from './export-store';
import { filterWords } from './filter-words';
import { writePdf, type PdfOptions } from './pdf-writer';
import type { Cell, Table } from './table';
import { writeXlsx, type AboutLines } from './xlsx-writer';

/** Where an export reads from: the reconciliation results, as of one moment. */
export interface ExportSource {
  /** Matching items, largest money at stake first. */
  items(filter: ItemFilter): Iterable<ReconItem>;
  totals(filter: ItemFilter): ClassTotal[];
  bridge(period: Period): Bridge;
}

export interface ExportDeps {
  store: ExportStore;
  source: ExportSource;
  now: Date;
  pdf?: PdfOptions;
}

/** Writes the requested export into the store and says how to fetch it. */
export function createExport(request: ExportRequest, deps: ExportDeps): Promise<ExportFile> {
  return deps.store.create(fileNameOf(request, deps.now), request.format, (path) => writeExport(path, request, deps), deps.now);
}

async function writeExport(path: string, request: ExportRequest, deps: ExportDeps): Promise<number> {
  const generatedAt = deps.now.toISOString();
  if (request.what === 'exceptions') {
    const words = filterWords(request.filter);
    if (request.format === 'pdf') {
      const { report, rows } = exceptionReport({
        filterWords: words,
        generatedAt,
        totals: deps.source.totals(request.filter),
        items: deps.source.items(request.filter),
      });
      await writePdf(path, report, deps.pdf);
      return rows;
    }
    const table: Table = {
      name: 'Exceptions',
      columns: EXCEPTION_COLUMNS,
      rows: mapItems(deps.source.items(request.filter)),
    };
    return writeTable(path, request.format, table, [
      ['Export', 'Paydesk exception list'],
      ['Filter', words],
      ['Generated at', generatedAt],
    ]);
  }
  const bridge = deps.source.bridge(request.period);
  if (request.format === 'pdf') {
    await writePdf(path, bridgeReport(bridge, generatedAt), deps.pdf);
    // The same count as the CSV and Excel of this bridge: its lines, every currency together.
    return [...bridgeRows(bridge)].length;
  }
  const table: Table = { name: `Bridge ${bridge.period}`, columns: BRIDGE_COLUMNS, rows: bridgeRows(bridge) };
  return writeTable(path, request.format, table, [
    ['Export', 'Paydesk statement bridge'],
    ['Period', bridge.period],
    ['State', bridgeStateWords(bridge)],
    ['Generated at', generatedAt],
  ]);
}

function* mapItems(items: Iterable<ReconItem>): Generator<Cell[]> {
  for (const item of items) yield exceptionCells(item);
}

function writeTable(path: string, format: Exclude<ExportFormat, 'pdf'>, table: Table, about: AboutLines): Promise<number> {
  return format === 'csv' ? writeCsv(path, table) : writeXlsx(path, table, about);
}

/** "paydesk-exceptions-2024-03.xlsx", "paydesk-bridge-2024-03.pdf": what a person expects to find. */
export function fileNameOf(request: ExportRequest, now: Date): string {
  const stamp = request.what === 'bridge' ? request.period : (request.filter.period ?? now.toISOString().slice(0, 10));
  return `paydesk-${request.what === 'bridge' ? 'bridge' : 'exceptions'}-${stamp}.${request.format}`;
}
