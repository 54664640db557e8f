import Papa from 'papaparse';
import { BROKEN_MARK, findBrokenLines, normalizeLineEndings, setAside } from './lines.ts';

export interface Table {
  delimiter: string;
  header: string[];
  /** Records as parsed; a quoted field may span lines, so a record is a spreadsheet row. */
  rows: string[][];
  /** Rows whose quote never closes, by index in `rows`: the line as it was (see lines.ts). */
  broken: Map<number, string>;
}

const CANDIDATES = [';', ',', '\t'] as const;

/** The delimiter is whichever of ; , tab occurs most in the header line, outside quotes. */
export function detectDelimiter(text: string): string {
  const firstLine = (text.split(/\r?\n|\r/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = firstLine.split(candidate).length - 1;
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}

/**
 * Rows of a CSV text. Line endings are normalised first (a file may mix CRLF, LF and CR), and a
 * line whose quote never closes is set aside on its own, so that it costs only its own row.
 */
export function parseTable(input: string): Table {
  const text = normalizeLineEndings(input);
  const delimiter = detectDelimiter(text);
  const brokenLines = findBrokenLines(text, delimiter);
  const result = Papa.parse<string[]>(setAside(text, brokenLines), {
    delimiter,
    newline: '\n',
    skipEmptyLines: 'greedy',
  });
  const [header = [], ...rows] = result.data;
  const broken = new Map<number, string>();
  if (brokenLines.length > 0) {
    rows.forEach((row, index) => {
      const [first] = row;
      if (row.length === 1 && first?.startsWith(BROKEN_MARK)) {
        broken.set(index, brokenLines[Number(first.slice(BROKEN_MARK.length))]?.text ?? '');
      }
    });
  }
  return { delimiter, header: header.map((h) => h.trim()), rows, broken };
}
