import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createImportContext } from '../../src/data/import/context.ts';
import { importCsv } from '../../src/data/import/index.ts';
import type { Lookup } from '../../src/domain/atlas.ts';
import { facetCounts, guideEntries, matchesFacets, mayHaveEnded } from '../../src/domain/guide.ts';
import { GuideSearch } from '../../src/domain/guideSearch.ts';
import { InitiativeTable } from '../../src/domain/initiativeTable.ts';
import { inspirationFor } from '../../src/domain/inspiration.ts';
import { createPlaces } from '../../src/domain/places.ts';
import { similarMunicipalities } from '../../src/domain/similar.ts';
import type { Initiative } from '../../src/domain/types.ts';

const data = (file: string) => readFileSync(resolve(import.meta.dirname, '../../public/data', file));
const lookup = JSON.parse(data('lookup.json').toString()) as Lookup;
const places = createPlaces(lookup);

/** The shipped public initiatives, through the app's own import. */
function publicInitiatives(): Initiative[] {
  const result = importCsv(new Uint8Array(data('initiatives.csv')), 'initiatives.csv', createImportContext(lookup), {
    origin: 'public',
  });
  if (result.kind !== 'initiatives') throw new Error(result.kind);
  return result.initiatives;
}

describe('the guide', () => {
  const rows = publicInitiatives();
  const table = InitiativeTable.from(rows);
  const entries = guideEntries(table, rows.keys(), places, '2026-12-03');

  it('shows an initiative that several municipalities share once, naming them all', () => {
    const educators = entries.filter((e) => e.initiative.title.fr === 'Éducateurs de rue (prévention du radicalisme)');
    expect(educators).toHaveLength(1);
    expect(educators[0]?.municipalities.sort()).toEqual(['61072', '63020']);
    expect(entries.length).toBeLessThan(rows.length);
  });

  it('carries every summary in the four languages, the English marked as the original', () => {
    for (const { initiative } of entries) {
      if (!initiative.description.en) continue;
      expect(initiative.descriptionLanguage).toBe('en');
      for (const language of ['nl', 'fr', 'de'] as const)
        expect(initiative.description[language], initiative.id).toBeTruthy();
    }
  });

  it('counts facets that add up to the list, and intersects them', () => {
    const counts = facetCounts(entries, {});
    const sum = (facet: 'theme' | 'language' | 'review') =>
      [...counts[facet].values.values()].reduce((a, b) => a + b, 0);
    expect(sum('theme')).toBe(entries.length);
    expect(sum('language')).toBe(entries.length);
    expect(sum('review')).toBe(entries.length);
    const choice = { theme: 'education', language: 'fr' } as const;
    const both = entries.filter((e) => matchesFacets(e, choice));
    expect(both.every((e) => e.initiative.theme === 'education' && e.language === 'fr')).toBe(true);
    expect(facetCounts(entries, choice).theme.total).toBe(entries.filter((e) => e.language === 'fr').length);
  });

  it('searches in every language, without accents or case, and forgives typos', () => {
    const search = new GuideSearch(entries, {
      themeNames: (theme) => (theme === 'media_literacy' ? ['Mediawijsheid', 'Éducation aux médias'] : [theme]),
      placeNames: (nis) => {
        const m = places.municipality.get(nis);
        return m ? [m.names.nl, m.names.fr, m.names.de] : [];
      },
    });
    const dison = entries.find((e) => e.initiative.title.fr?.startsWith('Expérience-pilote esprit critique'))?.key;
    expect(search.search('mediawijsheid')).toContain(dison);
    expect(search.search('EDUCATION AUX MEDIAS')).toContain(dison);
    expect(search.search('radicalisaton')?.length).toBeGreaterThan(0);
    expect(search.search('  ')).toBeNull();
  });

  it('says "may have ended" three years after the latest confirmation or source, never silently', () => {
    expect(mayHaveEnded({ confirmedOn: '2019-05-01' }, '2026-12-03')).toBe(true);
    expect(mayHaveEnded({ confirmedOn: '2019-05-01' }, '2020-06-01')).toBe(false);
    expect(mayHaveEnded({ confirmedOn: '2019-05-01' }, '2022-05-02')).toBe(true);
    expect(mayHaveEnded({ sourceDate: '2019' }, '2022-12-01')).toBe(false);
    expect(mayHaveEnded({}, '2020-01-01')).toBe(true);
  });
});

describe('inspiration', () => {
  const lierde = places.municipality.get('45063');
  if (!lierde) throw new Error('Lierde is missing');

  it('never calls Gent (263,927) similar to Lierde (6,579)', () => {
    const coverage = new Map(lookup.municipalities.map((m) => [m.nis, 'municipal' as const]));
    const similar = similarMunicipalities(lierde, lookup.municipalities, coverage);
    expect(similar.map((m) => m.nis)).not.toContain('44021');
    for (const m of similar)
      expect(Math.max(m.population, lierde.population) / Math.min(m.population, lierde.population)).toBeLessThanOrEqual(
        2,
      );
  });

  it('suggests initiatives elsewhere for Lierde, each with its reason', () => {
    const rows = publicInitiatives();
    const entries = guideEntries(InitiativeTable.from(rows), rows.keys(), places, '2026-12-03');
    const suggestions = inspirationFor(lierde, entries, (nis) => places.municipality.get(nis));
    expect(suggestions.length).toBeGreaterThan(0);
    for (const { reason, entry } of suggestions) {
      expect(entry.municipalities).not.toContain('45063');
      if (reason.kind === 'near') expect(reason.km).toBeLessThanOrEqual(25);
      if (reason.kind === 'similar') {
        const ratio = reason.population / lierde.population;
        expect(ratio).toBeGreaterThanOrEqual(0.5);
        expect(ratio).toBeLessThanOrEqual(2);
      }
    }
    expect(new Set(suggestions.map((s) => s.entry.key)).size).toBe(suggestions.length);
  });
});
