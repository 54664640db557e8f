import { describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/lib/build.ts';
import { sourcesDir } from '../../scripts/lib/paths.ts';
import { readSources } from '../../scripts/lib/sources.ts';
import { municipalitiesGeojson, tableCsv, zonesGeojson } from '../../src/data/export.ts';
import { decodeAtlas } from '../../src/data/geometry.ts';
import { coverageAt } from '../../src/domain/coverage.ts';
import { ANY_ACTIVE, type Filters, NO_FILTERS } from '../../src/domain/filters.ts';
import { InitiativeTable } from '../../src/domain/initiativeTable.ts';
import { createPlaces, placesAt } from '../../src/domain/places.ts';
import { municipalityRows } from '../../src/domain/rows.ts';
import { computeStats } from '../../src/domain/stats.ts';
import type { Initiative } from '../../src/domain/types.ts';
import { deriveView } from '../../src/domain/view.ts';
import { COVERAGE } from '../../src/domain/vocabulary.ts';
import { cell } from './fixtures/cells.ts';

const built = buildData(readSources(sourcesDir()));
const places = createPlaces(built.lookup);
const cells = [
  cell('gent', { status: 'active', municipalities: ['44021'], establishedOn: '2016-05' }),
  cell('namur', { status: 'in_preparation', municipalities: ['92094'], sourceDate: '2019-06-21' }),
  cell('namur-active', { status: 'active', municipalities: ['92094'], establishedOn: '2021-01-01' }),
];
const initiative: Initiative = {
  id: 'i',
  title: { fr: 'x' },
  description: {},
  municipalities: ['21001'],
  theme: 'education',
  startYear: 2023,
  origin: 'public',
  unplaced: [],
};
const initiatives = InitiativeTable.from([initiative]);
const view = (filters: Filters, asOf: string) =>
  deriveView(places, coverageAt(cells, asOf || undefined), initiatives, filters, asOf);

describe('one view of the data at a date', () => {
  it('matches a theme only where an initiative of it is in force at the date', () => {
    const theme = { ...NO_FILTERS, theme: 'education' as const };
    expect(view(theme, '2018-01-01').matched).toEqual([]);
    expect(view(theme, '2024-01-01').matched.map((m) => m.nis)).toEqual(['21001']);
    expect(view(NO_FILTERS, '2018-01-01').initiativesIn('21001')).toEqual([]);
    expect(view(NO_FILTERS, '').initiativesIn('21001')).toEqual([initiative]);
  });

  it('lists an initiative, before 2025, on the land it ran on; from 2025 in the merged municipality', () => {
    // Kortessem's, named by its own code; Hasselt's of 2018, by the name Hasselt kept; one of 2025.
    const kortessem: Initiative = {
      ...initiative,
      id: 'k',
      municipalities: ['71072'],
      parts: ['73040'],
      startYear: 2018,
    };
    const hasselt: Initiative = { ...initiative, id: 'h', municipalities: ['71072'], startYear: 2018 };
    const merged: Initiative = { ...initiative, id: 'm', municipalities: ['71072'], startYear: 2025 };
    const table = InitiativeTable.from([kortessem, hasselt, merged]);
    const at = (asOf: string) => deriveView(placesAt(places, asOf), coverageAt([], asOf), table, NO_FILTERS, asOf);
    const ids = (asOf: string, nis: string) =>
      at(asOf)
        .initiativesIn(nis)
        .map((i) => i.id);
    expect(ids('2020-01-01', '73040')).toEqual(['k']);
    expect(ids('2020-01-01', '71022')).toEqual(['h']);
    expect(ids('2026-01-01', '71072')).toEqual(['k', 'h', 'm']);
    // The theme filter reads the same rows: Kortessem matches in 2020 by its own initiative.
    const theme = { ...NO_FILTERS, theme: 'education' as const };
    const matched = deriveView(
      placesAt(places, '2020-01-01'),
      coverageAt([], '2020-01-01'),
      table,
      theme,
      '2020-01-01',
    );
    expect(matched.matched.map((m) => m.nis)).toEqual(['71022', '73040']);
  });

  it('filters by several classes at the date', () => {
    const active = { ...NO_FILTERS, status: ANY_ACTIVE };
    expect(view(active, '2017-01-01').matched.map((m) => m.nis)).toEqual(['44021']);
    expect(view(active, '2020-01-01').matched.map((m) => m.nis)).toEqual(['44021']);
    expect(
      view(active, '2022-01-01')
        .matched.map((m) => m.nis)
        .sort(),
    ).toEqual(['44021', '92094']);
    const preparing = { ...NO_FILTERS, status: ['preparation' as const] };
    expect(view(preparing, '2020-01-01').matched.map((m) => m.nis)).toEqual(['92094']);
  });

  it('agrees with itself: legend counts, table rows, statistics and CSV', () => {
    for (const asOf of ['2017-01-01', '2020-01-01', '']) {
      const v = view(NO_FILTERS, asOf);
      const rows = municipalityRows(v, () => null, { municipality: (n) => n, area: (a) => a, zone: (z) => z });
      expect(COVERAGE.reduce((sum, c) => sum + v.classCounts[c], 0)).toBe(565);
      expect(rows.filter((r) => r.coverage === 'municipal')).toHaveLength(v.classCounts.municipal);
      const stats = computeStats(v.matched, v);
      expect(stats.covered).toBe(v.covered);
      expect(stats.named).toBe(v.named);
      const csv = tableCsv(['nis'], rows, { coverage: (c) => c, origin: (o) => o }, ';');
      expect(csv.split('\r\n').filter((line) => line.includes(';preparation;'))).toHaveLength(
        v.classCounts.preparation,
      );
    }
  });

  it('exports GeoJSON of the matching municipalities and zones with their class at the date', () => {
    const geometry = decodeAtlas(JSON.parse(built.files['atlas.topojson'] ?? '{}'));
    const v = view({ ...NO_FILTERS, province: '90000' }, '2022-01-01');
    const municipalities = municipalitiesGeojson(
      geometry.municipalities.features,
      places.municipality,
      (m) => m.nis,
      v,
    );
    expect(municipalities.features).toHaveLength(v.matched.length);
    const namur = municipalities.features.find((f) => f.properties?.nis === '92094');
    expect(namur?.properties).toMatchObject({
      livcr_coverage: 'municipal',
      livcr_statement_date: '2021-01-01',
      as_of: '2022-01-01',
    });
    const zones = zonesGeojson(geometry.topology, built.lookup.zones, (z) => z.id, v);
    const namurZone = zones.features.find((f) => f.id === places.municipality.get('92094')?.zone);
    expect(namurZone?.properties).toMatchObject({ covered: 1 });
    expect(namurZone?.geometry.type).toMatch(/Polygon/);
  });
});
