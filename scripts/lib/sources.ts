import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Topology } from 'topojson-specification';
import { DataBuildError } from './errors.ts';

export const SOURCE_FILES = {
  boundaries: 'municipalities-2020.topojson',
  mergers: 'mergers-2025.csv',
  names: 'municipality-names-2025.csv',
  refnis: 'refnis.csv',
  membership: 'police-zones-2025.csv',
  zones: 'zones-2025.csv',
  postcodes: 'postcodes.csv',
  population: 'population-2020.csv',
  publicCells: 'public/cells-public.csv',
  publicInitiatives: 'public/initiatives-public.csv',
  seedInitiatives: 'public/seed-initiatives.csv',
  publishedCounts: 'public/published-counts.csv',
  initiativeTranslations: 'public/translations-initiatives.csv',
  cellTranslations: 'public/translations-cells.csv',
} as const;

export type CsvRow = Record<string, string>;

export interface Sources {
  boundaries: Topology;
  mergers: CsvRow[];
  names: CsvRow[];
  refnis: CsvRow[];
  membership: CsvRow[];
  zones: CsvRow[];
  postcodes: CsvRow[];
  population: CsvRow[];
  publicCells: CsvRow[];
  publicInitiatives: CsvRow[];
  seedInitiatives: CsvRow[];
  publishedCounts: CsvRow[];
  /** Our NL/FR/DE translations of the summaries and notes (translations.ts); none if absent. */
  initiativeTranslations?: CsvRow[];
  cellTranslations?: CsvRow[];
}

const REQUIRED_COLUMNS: Record<Exclude<keyof Sources, 'boundaries'>, string[]> = {
  mergers: ['old_nis', 'old_name', 'new_nis', 'new_name'],
  names: ['nis', 'name_nl', 'name_fr', 'name_de'],
  refnis: ['LVL_REFNIS', 'CD_REFNIS', 'CD_SUP_REFNIS', 'TX_REFNIS_DE', 'TX_REFNIS_FR'],
  membership: ['nis', 'province_nis', 'region_nis', 'zone_code', 'zone_name_nl', 'zone_name_fr'],
  zones: ['zone_code', 'zone_name_nl', 'zone_name_fr', 'municipality_count'],
  postcodes: ['postcode', 'nis'],
  population: ['nis', 'population'],
  publicCells: [
    'municipality',
    'level',
    'member_municipalities',
    'status',
    'established_on',
    'source_url',
    'source_date',
  ],
  publicInitiatives: ['municipality', 'title', 'language', 'theme', 'organisation', 'since', 'source_url', 'summary'],
  seedInitiatives: ['municipality', 'title', 'language', 'theme', 'source', 'source_date', 'same_as'],
  initiativeTranslations: ['en', 'nl', 'fr', 'de'],
  cellTranslations: ['en', 'nl', 'fr', 'de'],
  publishedCounts: [
    'date',
    'scope',
    'number_of_cells',
    'municipalities_with_cell',
    'municipalities_without',
    'source_url',
  ],
};

export function parseCsv(file: string, text: string, required: string[]): CsvRow[] {
  const parsed = Papa.parse<CsvRow>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  const firstError = parsed.errors[0];
  if (firstError) {
    throw new DataBuildError(file, `CSV error on row ${(firstError.row ?? 0) + 2}: ${firstError.message}`);
  }
  const columns = parsed.meta.fields ?? [];
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length > 0) throw new DataBuildError(file, `missing column(s) ${missing.join(', ')}`);
  return parsed.data.map((row) => {
    const trimmed: CsvRow = {};
    for (const [key, value] of Object.entries(row)) trimmed[key] = (value ?? '').trim();
    return trimmed;
  });
}

function readText(dir: string, file: string): string {
  const path = join(dir, file);
  if (!existsSync(path)) {
    throw new DataBuildError(file, `source file is missing (looked in ${dir}; set LIVCR_SOURCES)`);
  }
  return readFileSync(path, 'utf8');
}

export function parseTopology(file: string, text: string): Topology {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DataBuildError(file, `not valid JSON (${(error as Error).message})`);
  }
  const topology = value as Partial<Topology>;
  if (topology?.type !== 'Topology' || !Array.isArray(topology.arcs) || !topology.objects?.layer) {
    throw new DataBuildError(file, 'not a TopoJSON topology with an object "layer"');
  }
  return topology as Topology;
}

export function readSources(dir: string): Sources {
  const csv = (key: keyof typeof REQUIRED_COLUMNS) =>
    parseCsv(SOURCE_FILES[key], readText(dir, SOURCE_FILES[key]), REQUIRED_COLUMNS[key]);
  return {
    boundaries: parseTopology(SOURCE_FILES.boundaries, readText(dir, SOURCE_FILES.boundaries)),
    mergers: csv('mergers'),
    names: csv('names'),
    refnis: csv('refnis'),
    membership: csv('membership'),
    zones: csv('zones'),
    postcodes: csv('postcodes'),
    population: csv('population'),
    publicCells: csv('publicCells'),
    publicInitiatives: csv('publicInitiatives'),
    seedInitiatives: csv('seedInitiatives'),
    publishedCounts: csv('publishedCounts'),
    initiativeTranslations: csv('initiativeTranslations'),
    cellTranslations: csv('cellTranslations'),
  };
}
