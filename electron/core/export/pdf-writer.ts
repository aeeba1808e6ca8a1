import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import PDFDocument from 'pdfkit';
import { drawTable, type PdfTable } from './pdf-table';
import { pdfSafeText } from './pdf-text';

/** A readable report: a title, what it covers, then tables with a heading and an optional note. */
export interface PdfReport {
  title: string;
  facts: readonly (readonly [string, string])[];
  sections: readonly PdfSection[];
}

export interface PdfSection {
  heading: string;
  note?: string;
  table: PdfTable;
}

export interface PdfOptions {
  /** Uncompressed content streams, so tests can read the text back. */
  compress?: boolean;
}

const MARGIN = 36;

export async function writePdf(path: string, report: PdfReport, options: PdfOptions = {}): Promise<void> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    bufferPages: true,
    compress: options.compress ?? true,
    info: { Title: pdfSafeText(report.title), Creator: 'Paydesk' },
  });
  const out = createWriteStream(path, { mode: 0o600 });
  const finished = once(out, 'finish');
  doc.pipe(out);

  doc.font('Helvetica-Bold').fontSize(16).text(pdfSafeText(report.title));
  doc.moveDown(0.3);
  for (const [label, value] of report.facts) {
    doc.font('Helvetica-Bold').fontSize(9).text(`${label}: `, { continued: true });
    doc.font('Helvetica').text(pdfSafeText(value));
  }
  for (const section of report.sections) {
    doc.moveDown(1);
    doc.font('Helvetica-Bold').fontSize(11).text(pdfSafeText(section.heading));
    if (section.note) doc.font('Helvetica-Oblique').fontSize(8).text(pdfSafeText(section.note));
    doc.moveDown(0.3);
    drawTable(doc, section.table);
  }
  numberPages(doc, report.title);
  doc.end();
  await finished;
}

function numberPages(doc: PDFKit.PDFDocument, title: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    const y = doc.page.height - MARGIN + 12;
    // Writing below the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(7)
      .fillColor('#666666')
      .text(`Paydesk - ${pdfSafeText(title)} - page ${index - start + 1} of ${count}`, MARGIN, y, {
        width: doc.page.width - 2 * MARGIN,
        align: 'right',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}
