/**
 * npx tsx scripts/guide-figures.ts: the guide's figures: distinct initiatives, and the time to
 * group and index them and to search them, for the public facts and for 10,000 generated rows.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createImportContext } from '../src/data/import/context.ts';
import { importCsv } from '../src/data/import/index.ts';
import type { Lookup } from '../src/domain/atlas.ts';
import { guideEntries } from '../src/domain/guide.ts';
import { GuideSearch } from '../src/domain/guideSearch.ts';
import { InitiativeTable } from '../src/domain/initiativeTable.ts';
import { createPlaces } from '../src/domain/places.ts';
import type { Initiative } from '../src/domain/types.ts';
import { outputDir } from './lib/paths.ts';

const read = (file: string) => readFileSync(resolve(outputDir(), file));
const lookup = JSON.parse(read('lookup.json').toString()) as Lookup;
const places = createPlaces(lookup);
const result = importCsv(new Uint8Array(read('initiatives.csv')), 'initiatives.csv', createImportContext(lookup), {
  origin: 'public',
});
if (result.kind !== 'initiatives') throw new Error('initiatives.csv did not import');
const words = {
  themeNames: (theme: string) => [theme],
  placeNames: (nis: string) => Object.values(places.municipality.get(nis)?.names ?? {}),
};

function measure(label: string, rows: Initiative[]) {
  const table = InitiativeTable.from(rows);
  let started = performance.now();
  const entries = guideEntries(table, rows.keys(), places, '2026-12-03');
  const grouped = performance.now() - started;
  const search = new GuideSearch(entries, words);
  const built = performance.now() - started - grouped;
  started = performance.now();
  const queries = ['mediawijsheid', 'éducation aux médias', 'radicalisaton', 'family support', 'school'];
  for (const q of queries) search.search(q);
  const perQuery = (performance.now() - started) / queries.length;
  console.log(
    `${label}: ${rows.length} rows → ${entries.length} initiatives; grouped in ${grouped.toFixed(0)} ms, indexed in ${built.toFixed(0)} ms; ${perQuery.toFixed(1)} ms a search`,
  );
}

measure('public facts', result.initiatives);
const many = Array.from({ length: 10_000 }, (_, i) => {
  const base = result.initiatives[i % result.initiatives.length] as Initiative;
  return {
    ...base,
    id: `x${i}`,
    title: { nl: `${Object.values(base.title)[0]} ${i}` },
    sourceUrl: `https://example.org/${i}`,
  };
});
measure('generated', many);
