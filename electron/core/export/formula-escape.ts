// CSV and spreadsheet formula injection (OWASP): a cell that starts with one of these makes
// Excel, LibreOffice or Sheets evaluate it, so "=HYPERLINK(...)" in a customer's name could
// run when finance opens the export. A leading single quote makes it plain text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as it may safely sit in a spreadsheet cell. */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
