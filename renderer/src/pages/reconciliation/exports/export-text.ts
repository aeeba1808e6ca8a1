import type { ExportFormatChoice } from '../../../components/export-controls';

export const EXPORT_FORMATS = [
  { id: 'csv', label: 'CSV', title: 'Comma-separated values: opens anywhere' },
  { id: 'xlsx', label: 'Excel', title: 'An Excel workbook: amounts are numbers you can add up' },
  { id: 'pdf', label: 'PDF', title: 'A report to read or file; a long list shows its largest 5,000 items' },
] as const satisfies readonly ExportFormatChoice<string>[];
