import { toCsv } from '../../src/data/csvWrite.ts';
import { CELL_FIELDS, INITIATIVE_FIELDS } from '../../src/data/import/columns.ts';
import { createImportContext } from '../../src/data/import/context.ts';
import { importCsv } from '../../src/data/import/index.ts';
import { parseHttpUrl, parseTheme } from '../../src/data/import/values.ts';
import type { Lookup } from '../../src/domain/atlas.ts';
import { encodeCoverage } from '../../src/domain/coverage.ts';
import { parsePartialDate } from '../../src/domain/dates.ts';
import { createLand, piecesCoverageAt } from '../../src/domain/land.ts';
import { PUBLISHED_SCOPES, type PublishedCount } from '../../src/domain/published.ts';
import { DataBuildError } from './errors.ts';
import { createPlaceResolver, type PlaceMatch } from './place-names.ts';
import { type CsvRow, SOURCE_FILES } from './sources.ts';
import { BUILD_SENTENCES, type Translate, untranslated } from './translations.ts';

type Resolve = (name: string) => PlaceMatch;

/** Where a row of a source file is, for the build's loud failures: header = row 1. */
const fail = (file: string, index: number, problem: string): never => {
  throw new DataBuildError(file, `row ${index + 2}: ${problem}`);
};

function placesOf(resolve: Resolve, name: string, file: string, index: number) {
  const match = resolve(name);
  if (match.kind === 'municipality') return { municipalities: [match.nis], former: match.former };
  if (match.kind === 'zone') return { municipalities: match.municipalities, former: undefined };
  if (match.kind === 'ambiguous') return fail(file, index, `"${name}" could mean ${match.candidates.join(' or ')}`);
  return fail(file, index, `no municipality or police zone is called "${name}"`);
}

function checked(row: CsvRow, file: string, index: number) {
  const url = row.source_url ?? '';
  if (url && !parseHttpUrl(url)) fail(file, index, `source_url "${url}" is not an http(s) address`);
  for (const field of ['established_on', 'source_date', 'since', 'date'] as const) {
    const value = row[field] ?? '';
    if (value && !parsePartialDate(value)) fail(file, index, `${field} "${value}" is not a date`);
  }
  return row;
}

/**
 * cells-public.csv → the cells file of the import schema. Each row is a dated statement; the
 * rows of one shared cell (same members, level, status, date and source) become one cell with
 * its member municipalities.
 */
export function publicCells(rows: CsvRow[], lookup: Lookup, translate: Translate = untranslated): string {
  const file = SOURCE_FILES.publicCells;
  const resolve = createPlaceResolver(lookup);
  // A former municipality of a 2025 merger is written with its own code, so the import places the
  // statement on its land (src/domain/land.ts); the rest with their 2025 codes.
  const partByName = new Map((lookup.parts ?? []).map((p) => [p.names.nl, p.nis]));
  const codesOf = (place: { municipalities: string[]; former: string | undefined }) => {
    const part = place.former ? partByName.get(place.former) : undefined;
    return part ? [part] : place.municipalities;
  };
  const cells = new Map<string, Partial<Record<(typeof CELL_FIELDS)[number], string>>>();
  rows.forEach((raw, index) => {
    const row = checked(raw, file, index);
    const name = row.municipality ?? '';
    const subject = placesOf(resolve, name, file, index);
    const memberNames = (row.member_municipalities ?? '')
      .split(';')
      .map((m) => m.trim())
      .filter(Boolean);
    const memberPlaces = memberNames.map((m) => placesOf(resolve, m, file, index));
    const members = memberPlaces.flatMap((m) => m.municipalities);
    if (members.length > 0 && !subject.municipalities.every((nis) => members.includes(nis)))
      fail(file, index, `"${name}" is not among its own member_municipalities`);
    const shared = members.length > 0;
    const key = shared
      ? [row.level, row.status, row.established_on, row.source_url, [...members].sort().join('|')].join('\n')
      : `row ${index}`;
    if (cells.has(key)) return;
    const former = (language: 'en' | 'nl' | 'fr' | 'de') =>
      subject.former ? BUILD_SENTENCES.former(subject.former)[language] : '';
    const quote = row.quote ?? '';
    const translated = quote ? translate(quote, file, index) : untranslated(quote, file, index);
    const note = (language: 'nl' | 'fr' | 'de') =>
      translated[language] ? `${former(language)}${translated[language]}` : '';
    cells.set(key, {
      cell_id: `pub-c${String(cells.size + 1).padStart(3, '0')}`,
      name: `LIVC-R ${shared ? memberNames.join(', ') : name}`,
      level: row.level ?? '',
      municipalities: (shared ? memberPlaces.flatMap(codesOf) : codesOf(subject)).join('|'),
      police_zone: '',
      status: row.status === 'declared_none' ? 'none' : (row.status ?? ''),
      established_on: row.established_on ?? '',
      mobile_team_support: '',
      website: '',
      updated_on: '',
      source_url: row.source_url ?? '',
      source_date: row.source_date ?? '',
      note: `${former('en')}${quote}`,
      note_language: quote ? 'en' : '',
      note_nl: note('nl'),
      note_fr: note('fr'),
      note_de: note('de'),
      demo: '',
    });
  });
  return toCsv(
    CELL_FIELDS,
    [...cells.values()].map((cell) => CELL_FIELDS.map((f) => cell[f] ?? '')),
  );
}

/**
 * The public facts' class of each piece of land now (Lookup.publicCoverage), through the app's own
 * import and coverageAt, as the data worker will find it. Every row of cells.csv must import.
 */
export function publicCoverage(cellsCsv: string, lookup: Lookup, file: string): string {
  const result = importCsv(new TextEncoder().encode(cellsCsv), file, createImportContext(lookup), { origin: 'public' });
  const problem = result.report.fatal?.code ?? result.report.problems.find((p) => p.severity === 'error');
  if (result.kind !== 'cells' || problem)
    throw new DataBuildError(file, `does not import cleanly: ${JSON.stringify(problem ?? result.kind)}`);
  // By piece of land, as the map paints it (src/domain/land.ts).
  const land = createLand(lookup);
  return encodeCoverage(land.pieces, piecesCoverageAt(land, result.cells).coverage);
}

type InitiativeRow = Partial<Record<(typeof INITIATIVE_FIELDS)[number], string>>;

/**
 * initiatives-public.csv plus the three initiatives of the Mobile Team's colloquium (seed
 * file): a seed row that names a public row in `same_as` adds the colloquium to that row.
 */
export function publicInitiatives(
  rows: CsvRow[],
  seeds: CsvRow[],
  lookup: Lookup,
  translate: Translate = untranslated,
): string {
  const resolve = createPlaceResolver(lookup);
  // Our summaries are English; the others are our translations of them (description_language).
  const summaries = (summary: string, file: string, index: number): InitiativeRow => {
    const translated = translate(summary, file, index);
    return {
      description_en: summary,
      description_nl: translated.nl,
      description_fr: translated.fr,
      description_de: translated.de,
      description_language: 'en',
    };
  };
  const toRow = (row: CsvRow, file: string, index: number): InitiativeRow => {
    const theme = parseTheme(row.theme ?? '');
    if (!theme) fail(file, index, `theme "${row.theme}" is not known`);
    const language = row.language === 'en' || row.language === 'de' || row.language === 'fr' ? row.language : 'nl';
    return {
      [`title_${language}`]: row.title,
      municipalities: placesOf(resolve, row.municipality ?? '', file, index).municipalities.join('|'),
      theme,
      organisation: row.organisation,
      start_year: row.since,
      source_url: row.source_url,
      source_date: row.source_date,
      source: row.source,
      ...(row.summary ? summaries(row.summary, file, index) : {}),
    };
  };
  const result = rows.map((row, index) =>
    toRow(checked(row, SOURCE_FILES.publicInitiatives, index), SOURCE_FILES.publicInitiatives, index),
  );
  for (const [index, seed] of seeds.entries()) {
    const file = SOURCE_FILES.seedInitiatives;
    const sameAs = seed.same_as ?? '';
    if (!sameAs) {
      result.push(toRow(checked(seed, file, index), file, index));
      continue;
    }
    const at = rows.findIndex((r) => r.municipality === seed.municipality && r.title === sameAs);
    const target =
      result[at] ?? fail(file, index, `same_as "${sameAs}" names no row of ${SOURCE_FILES.publicInitiatives}`);
    target.source = seed.source;
    const presented = BUILD_SENTENCES.colloquium(seed.title ?? '');
    for (const language of ['en', 'nl', 'fr', 'de'] as const) {
      const field = `description_${language}` as const;
      if (language === 'en' || target[field]) target[field] = `${target[field] ?? ''} ${presented[language]}`.trim();
    }
  }
  return toCsv(
    INITIATIVE_FIELDS,
    result.map((row, i) =>
      INITIATIVE_FIELDS.map((f) => (f === 'initiative_id' ? `pub-i${String(i + 1).padStart(3, '0')}` : (row[f] ?? ''))),
    ),
  );
}

/** published-counts.csv → JSON, checked, in date order (undated last); never summed. */
export function publishedCounts(rows: CsvRow[]): PublishedCount[] {
  const file = SOURCE_FILES.publishedCounts;
  const count = (row: CsvRow, field: string, index: number) => {
    const value = row[field] ?? '';
    if (!value) return null;
    if (!/^\d+$/.test(value)) fail(file, index, `${field} "${value}" is not a whole number`);
    return Number(value);
  };
  const counts = rows.map((raw, index): PublishedCount => {
    const row = checked(raw, file, index);
    const scope = PUBLISHED_SCOPES.find((s) => s === row.scope);
    if (!scope) return fail(file, index, `scope "${row.scope}" is not one of ${PUBLISHED_SCOPES.join(', ')}`);
    if (!row.source_url) fail(file, index, 'source_url is empty');
    return {
      date: parsePartialDate(row.date ?? '') ?? null,
      scope,
      cells: count(row, 'number_of_cells', index),
      municipalitiesWithCell: count(row, 'municipalities_with_cell', index),
      municipalitiesWithout: count(row, 'municipalities_without', index),
      sourceUrl: row.source_url ?? '',
    };
  });
  const order = (c: PublishedCount) => `${c.date ?? '9999'}|${PUBLISHED_SCOPES.indexOf(c.scope)}`;
  return counts.sort((a, b) => order(a).localeCompare(order(b)));
}
