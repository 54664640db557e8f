import type { Names } from '../../src/domain/atlas.ts';
import { DataBuildError } from './errors.ts';
import type { CsvRow } from './sources.ts';

const FILE = 'refnis.csv';
const STILL_VALID = '31/12/9999';

export interface RefnisEntry {
  level: number;
  code: string;
  parent: string;
  names: Names;
  start: string;
  end: string;
}

export const padCode = (code: string): string => code.padStart(5, '0');

/** DD/MM/YYYY → YYYY-MM-DD */
export function isoFromRefnisDate(value: string): string {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (!match) throw new DataBuildError(FILE, `date "${value}" is not DD/MM/YYYY`);
  return `${match[3]}-${match[2]}-${match[1]}`;
}

export function parseRefnis(rows: CsvRow[]): RefnisEntry[] {
  return rows.map((row) => ({
    level: Number(row.LVL_REFNIS),
    code: padCode(row.CD_REFNIS ?? ''),
    parent: row.CD_SUP_REFNIS === '-' ? '' : padCode(row.CD_SUP_REFNIS ?? ''),
    names: { nl: row.TX_REFNIS_NL ?? '', fr: row.TX_REFNIS_FR ?? '', de: row.TX_REFNIS_DE ?? '' },
    start: isoFromRefnisDate(row.DT_VLDT_START ?? ''),
    end: row.DT_VLDT_END === STILL_VALID ? '' : isoFromRefnisDate(row.DT_VLDT_END ?? ''),
  }));
}

export const currentEntries = (entries: RefnisEntry[], level: number) =>
  entries.filter((e) => e.level === level && e.end === '');

/**
 * The 2019 mergers. REFNIS records that the old codes ended on 31/12/2018 but not what
 * replaced them; these are public facts from the merger decrees. Renumberings in Hainaut
 * (54007 Mouscron → 57096, ...) need no table: the name carries over.
 */
export const MERGERS_2019: Record<string, string> = {
  '12030': '12041', // Puurs → Puurs-Sint-Amands
  '12034': '12041', // Sint-Amands
  '44001': '44084', // Aalter
  '44029': '44084', // Knesselare → Aalter
  '44011': '44083', // Deinze
  '44049': '44083', // Nevele → Deinze
  '44036': '44085', // Lovendegem → Lievegem
  '44072': '44085', // Waarschoot
  '44080': '44085', // Zomergem
  '45017': '45068', // Kruishoutem → Kruisem
  '45057': '45068', // Zingem
  '72025': '72043', // Neerpelt → Pelt
  '72029': '72043', // Overpelt
  '71047': '72042', // Opglabbeek → Oudsbergen
  '72040': '72042', // Meeuwen-Gruitrode
};

/** Codes that ended on 31/12/2018 → the code that took over on 1/1/2019. */
export function successors2019(entries: RefnisEntry[]): Map<string, string> {
  const started2019 = entries.filter((e) => e.level === 4 && e.start === '2019-01-01');
  const result = new Map<string, string>();
  for (const old of entries.filter((e) => e.level === 4 && e.end === '2018-12-31')) {
    const renamed = started2019.find((e) => e.names.fr === old.names.fr && e.code !== old.code);
    const successor = MERGERS_2019[old.code] ?? renamed?.code;
    if (!successor) throw new DataBuildError(FILE, `no successor known for ${old.code} ${old.names.nl}`);
    result.set(old.code, successor);
  }
  return result;
}
