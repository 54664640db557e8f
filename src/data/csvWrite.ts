/**
 * CSV writing that is safe to open in a spreadsheet. A cell starting with = + - @ tab or CR
 * is read as a formula by Excel and LibreOffice (CSV injection, OWASP), so it gets a leading
 * apostrophe, which the spreadsheet shows as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",;\r\n\t]/;

export function escapeCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[], delimiter = ','): string {
  const line = (cells: readonly unknown[]) =>
    cells.map((c) => escapeCell(c as string | number | boolean | null | undefined)).join(delimiter);
  return `${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}

/** UTF-8 with a byte-order mark, so that Excel detects the encoding. */
export const UTF8_BOM = '\uFEFF';
