// The PDF uses the standard Helvetica font, which every reader has and which needs no font file
// in the app, but it only knows the Windows-1252 characters. Anything else is shown as "?"
// rather than as a wrong glyph; the CSV and Excel exports carry the exact text.
const WINDOWS_1252_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

export function pdfSafeText(text: string): string {
  let safe = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20) safe += ' ';
    else if (code <= 0xff || WINDOWS_1252_EXTRAS.has(char)) safe += char;
    else safe += '?';
  }
  return safe;
}
