import Papa from 'papaparse';

export interface Table {
  delimiter: string;
  header: string[];
  /** Records as parsed; a quoted field may span lines, so a record is a spreadsheet row. */
  rows: string[][];
  /** Index of a record whose quote never closed: it and the rest of the file are one field. */
  unterminatedAt?: number;
}

const CANDIDATES = [';', ',', '\t'] as const;

/** The delimiter is whichever of ; , tab occurs most in the header line, outside quotes. */
function detectDelimiter(text: string): string {
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = firstLine.split(candidate).length - 1;
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}

export function parseTable(text: string): Table {
  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' });
  const [header = [], ...rows] = result.data;
  const quoteError = result.errors.find((e) => e.code === 'MissingQuotes');
  const table: Table = { delimiter, header: header.map((h) => h.trim()), rows };
  if (quoteError?.row !== undefined) table.unterminatedAt = quoteError.row - 1;
  return table;
}
