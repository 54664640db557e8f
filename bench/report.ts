export interface Row {
  measure: string;
  ours: string;
  reference: string;
  ratio: number;
  goal: string;
  met: boolean;
  last?: number;
}

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
  const table = [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`);
  return table.join('\n');
}
