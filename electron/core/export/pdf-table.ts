import { pdfSafeText } from './pdf-text';

export interface PdfColumn {
  header: string;
  /** Share of the page width, relative to the other columns. */
  weight: number;
  align?: 'left' | 'right';
}

export interface PdfRow {
  cells: readonly string[];
  /** Bold, on a tinted background: totals and the residual. */
  strong?: boolean;
}

export interface PdfTable {
  columns: readonly PdfColumn[];
  rows: Iterable<PdfRow>;
}

const FONT_SIZE = 7.5;
const ROW_HEIGHT = 13;
const PADDING = 3;

/**
 * Draws a table from the current position, one line per row (long text is cut with an ellipsis),
 * starting a new page with the header repeated whenever the page is full.
 */
export function drawTable(doc: PDFKit.PDFDocument, table: PdfTable): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const totalWeight = table.columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = table.columns.map((column) => (column.weight / totalWeight) * width);
  const bottom = (): number => doc.page.height - doc.page.margins.bottom;

  let y = doc.y;
  const header = (): void => {
    drawRow(doc, table.columns, widths, left, y, table.columns.map((column) => column.header), true);
    y += ROW_HEIGHT;
  };
  if (y + 2 * ROW_HEIGHT > bottom()) {
    doc.addPage();
    y = doc.page.margins.top;
  }
  header();
  for (const row of table.rows) {
    if (y + ROW_HEIGHT > bottom()) {
      doc.addPage();
      y = doc.page.margins.top;
      header();
    }
    drawRow(doc, table.columns, widths, left, y, row.cells, row.strong ?? false);
    y += ROW_HEIGHT;
  }
  doc.x = left;
  doc.y = y + PADDING;
}

function drawRow(
  doc: PDFKit.PDFDocument,
  columns: readonly PdfColumn[],
  widths: readonly number[],
  left: number,
  y: number,
  cells: readonly string[],
  strong: boolean,
): void {
  const width = widths.reduce((sum, w) => sum + w, 0);
  if (strong) doc.rect(left, y, width, ROW_HEIGHT).fill('#eeeeee');
  doc.moveTo(left, y + ROW_HEIGHT).lineTo(left + width, y + ROW_HEIGHT).lineWidth(0.3).strokeColor('#bbbbbb').stroke();
  doc.font(strong ? 'Helvetica-Bold' : 'Helvetica').fontSize(FONT_SIZE).fillColor('#000000');
  let x = left;
  columns.forEach((column, index) => {
    const cellWidth = widths[index] ?? 0;
    const text = fit(doc, pdfSafeText(cells[index] ?? ''), cellWidth - 2 * PADDING);
    doc.text(text, x + PADDING, y + PADDING, { width: cellWidth - 2 * PADDING, align: column.align ?? 'left', lineBreak: false });
    x += cellWidth;
  });
}

/** The longest start of the text that fits the width, with an ellipsis when it was cut. */
function fit(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (doc.widthOfString(`${text.slice(0, middle)}…`) <= width) low = middle;
    else high = middle - 1;
  }
  return `${text.slice(0, low)}…`;
}
