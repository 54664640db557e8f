/**
 * Recovery from a quote that never closes. A quoted field may span lines (Excel writes a cell
 * with line breaks that way), but a quote that opens and never closes, or closes lines later in
 * a record of the wrong width, would swallow the rest of the file into one field. Such a line is
 * set aside on its own, and reading goes on at the next line: the broken quote costs one row.
 *
 * The scanner follows Papa Parse's rule: a quote opens a field only at the field's start, and
 * closes it only when followed by the delimiter, a line break or the end of the text. A value
 * over several lines must be clean: a stray quote after its first line break breaks it.
 */

/** How far past its own line a quoted field may reach before its line is taken as broken. */
export const MAX_SPAN = 20_000;

/** Line breaks as \n only: a file that mixes CRLF, LF and CR is read line by line all the same. */
export const normalizeLineEndings = (text: string) => (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);

interface Scan {
  /** Index just past the record's line break (or the text's end). */
  end: number;
  fields: number;
  closed: boolean;
  multiline: boolean;
}

/** Reads one record from `start`; `closed` is false when a quote runs past MAX_SPAN or the end. */
function scanRecord(text: string, start: number, delimiter: string): Scan {
  const firstBreak = text.indexOf('\n', start);
  const limit = (firstBreak < 0 ? text.length : firstBreak) + MAX_SPAN;
  let pos = start;
  let fields = 1;
  let multiline = false;
  for (;;) {
    if (text[pos] === '"') {
      let search = pos + 1;
      for (;;) {
        const quote = text.indexOf('"', search);
        if (quote < 0 || quote > limit) return { end: text.length, fields, closed: false, multiline };
        const next = text[quote + 1];
        if (next === '"') {
          search = quote + 2;
        } else if (next === undefined || next === delimiter || next === '\n') {
          if (text.lastIndexOf('\n', quote) >= start) multiline = true;
          pos = quote + 1;
          break;
        } else if (text.lastIndexOf('\n', quote) > pos) {
          // A stray quote after a line break: this is not a value that Excel split over lines.
          return { end: text.length, fields, closed: false, multiline: true };
        } else {
          search = quote + 1;
        }
      }
    }
    // Unquoted text (or what follows a closing quote) up to the delimiter or the line break.
    while (pos < text.length && text[pos] !== delimiter && text[pos] !== '\n') pos++;
    if (pos >= text.length) return { end: text.length, fields, closed: true, multiline };
    if (text[pos] === '\n') return { end: pos + 1, fields, closed: true, multiline };
    fields++;
    pos++;
  }
}

/** A line set aside: where it starts and ends in the text, and the line itself. */
export interface BrokenLine {
  start: number;
  end: number;
  text: string;
}

/**
 * The lines whose quote never closes (or closes in a record of another width than the
 * header's). The header is the text's first record; its width is the yardstick.
 */
export function findBrokenLines(text: string, delimiter: string): BrokenLine[] {
  if (!text.includes('"')) return [];
  const broken: BrokenLine[] = [];
  const header = scanRecord(text, 0, delimiter);
  const width = header.fields;
  let pos = header.closed ? header.end : text.length;
  while (pos < text.length) {
    const lineEnd = text.indexOf('\n', pos);
    const nextQuote = text.indexOf('"', pos);
    if (nextQuote < 0) break; // no quote from here on: nothing can break
    if (lineEnd >= 0 && nextQuote > lineEnd) {
      pos = lineEnd + 1; // a line without a quote
      continue;
    }
    const scan = scanRecord(text, pos, delimiter);
    if (scan.closed && (!scan.multiline || scan.fields === width)) {
      pos = scan.end;
      continue;
    }
    const end = lineEnd < 0 ? text.length : lineEnd;
    broken.push({ start: pos, end, text: text.slice(pos, end) });
    pos = end + 1;
  }
  return broken;
}

/** A placeholder that Papa Parse reads as one plain field: it marks where a broken line was. */
export const BROKEN_MARK = '\uE000broken:';

/** The text with each broken line replaced by its numbered placeholder. */
export function setAside(text: string, broken: readonly BrokenLine[]): string {
  if (broken.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  broken.forEach((line, i) => {
    parts.push(text.slice(from, line.start), `${BROKEN_MARK}${i}`);
    from = line.end;
  });
  parts.push(text.slice(from));
  return parts.join('');
}
