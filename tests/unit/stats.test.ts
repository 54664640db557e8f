import { describe, expect, it } from 'vitest';
import type { Municipality } from '../../src/domain/atlas.ts';
import { coverageAt } from '../../src/domain/coverage.ts';
import { NO_FILTERS } from '../../src/domain/filters.ts';
import { InitiativeTable } from '../../src/domain/initiativeTable.ts';
import { createPlaces } from '../../src/domain/places.ts';
import { computeStats, statsBy, timeline } from '../../src/domain/stats.ts';
import type { Cell } from '../../src/domain/types.ts';
import { deriveView } from '../../src/domain/view.ts';
import { cell } from './fixtures/cells.ts';

const place = (nis: string, province: string, zone: string, population: number): Municipality => ({
  nis,
  names: { nl: nis, fr: nis, de: nis },
  province,
  region: province === '04000' ? '04000' : '02000',
  zone,
  population,
  former: [],
  postcodes: [],
  bbox: [0, 0, 1, 1],
});

const municipalities = [
  place('11001', '10000', 'z1', 1000),
  place('11002', '10000', 'z1', 2000),
  place('11004', '10000', 'z2', 400),
  place('21001', '04000', 'z3', 5000),
];

const statement = (
  id: string,
  level: Cell['level'],
  status: Cell['status'],
  nis: string[],
  dates: { establishedOn?: string; sourceDate?: string } = {},
) => cell(id, { level, status, municipalities: nis, ...dates });

const cells: Cell[] = [
  statement('a', 'municipal', 'active', ['11001'], { establishedOn: '2017-05-01' }),
  // A later statement about 11001: from 2019 on, b decides its class and a is history.
  statement('b', 'zonal', 'active', ['11001', '11002'], { establishedOn: '2019-01-01' }),
  statement('c', 'municipal', 'in_preparation', ['11004'], { sourceDate: '2018-03' }),
  statement('d', 'unknown', 'none', ['21001'], { sourceDate: '2017-01-01' }),
];

const initiatives = InitiativeTable.from([
  {
    id: 'i1',
    title: { nl: 'x' },
    description: {},
    municipalities: ['11001'],
    theme: 'education',
    origin: 'public',
    unplaced: [],
    startYear: 2018,
  },
  {
    id: 'i2',
    title: { nl: 'y' },
    description: {},
    municipalities: ['11002', '21001'],
    theme: 'youth_work',
    origin: 'public',
    unplaced: [],
  },
]);

const places = createPlaces({ municipalities, zones: [], provinces: [], regions: [], oldCodes: {} });
const viewAt = (asOf = '') => deriveView(places, coverageAt(cells, asOf || undefined), initiatives, NO_FILTERS, asOf);

describe('statistics', () => {
  it('counts cells, coverage and population exactly, each municipality once', () => {
    const stats = computeStats(municipalities, viewAt());
    expect(stats).toMatchObject({
      municipalities: 4,
      named: 4,
      covered: 2,
      population: 8400,
      populationCovered: 3000,
      cells: 3,
      cellsByLevel: { municipal: 1, zonal: 1, intermunicipal: 0, unknown: 1 },
      cellsByStatus: { active: 1, in_preparation: 1, none: 1, unknown: 0 },
      initiatives: 2,
    });
    expect(stats.initiativesByTheme.education).toBe(1);
    expect(stats.initiativesByTheme.youth_work).toBe(1);
  });

  it('counts only what was in force on a date', () => {
    const asOf = '2017-06-01';
    const stats = computeStats(municipalities, viewAt(asOf));
    expect(stats).toMatchObject({ named: 2, covered: 1, populationCovered: 1000, cells: 2, initiatives: 1 });
  });

  it('breaks down by province', () => {
    const byProvince = statsBy('province', municipalities, viewAt());
    expect(
      byProvince.map((g) => [g.id, g.stats.covered, g.stats.populationCovered, g.stats.cells, g.stats.initiatives]),
    ).toEqual([
      ['10000', 2, 3000, 2, 2],
      ['04000', 0, 0, 1, 1],
    ]);
  });

  it('draws a timeline each half-year', () => {
    const points = timeline(municipalities, (d) => coverageAt(cells, d), 2016, '2020-06-30');
    expect(points.map((p) => [p.date, p.activeCells, p.municipalitiesCovered, p.populationCovered])).toEqual([
      ['2016-01-01', 0, 0, 0],
      ['2016-07-01', 0, 0, 0],
      ['2017-01-01', 0, 0, 0],
      ['2017-07-01', 1, 1, 1000],
      ['2018-01-01', 1, 1, 1000],
      ['2018-07-01', 1, 1, 1000],
      ['2019-01-01', 1, 2, 3000],
      ['2019-07-01', 1, 2, 3000],
      ['2020-01-01', 1, 2, 3000],
      ['2020-06-30', 1, 2, 3000],
    ]);
  });
});
