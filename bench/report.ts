export interface Row {
  measure: string;
  ours: string;
  reference: string;
  ratio: number;
  goal: string;
  met: boolean;
  last?: number;
}

/** A Markdown table, padded so that it reads in a terminal and pastes into the README. */
export function printTable(rows: Row[]): string {
  const header = ['measure', 'ours', 'reference', 'ratio', 'goal', 'met', 'last run'];
  const lines = rows.map((r) => [
    r.measure,
    r.ours,
    r.reference,
    String(r.ratio),
    r.goal,
    r.met ? 'yes' : 'NO',
    r.last === undefined ? '–' : String(r.last),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((cells) => cells[i]?.length ?? 0)));
  const pad = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [pad(header), pad(widths.map((w) => '-'.repeat(w))), ...lines.map(pad)].join('\n');
}
