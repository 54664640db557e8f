import { describe, expect, it } from 'vitest';
import { coverageAt, decodeCoverage, encodeCoverage, historyOf, statementDate } from '../../src/domain/coverage.ts';
import type { Cell } from '../../src/domain/types.ts';
import { cell } from './fixtures/cells.ts';

const statement = (id: string, fields: Partial<Cell> & Pick<Cell, 'status' | 'municipalities'>) => cell(id, fields);

// Galmaarden: no cell in August 2017, a cell in preparation in June 2019.
const none2017 = statement('none', {
  status: 'none',
  level: 'unknown',
  municipalities: ['A'],
  sourceDate: '2017-08-28',
});
const preparing2019 = statement('prep', { status: 'in_preparation', municipalities: ['A'], sourceDate: '2019-06-21' });
// Bonheiden: active since "2018" (a year only).
const active2018 = statement('active', { status: 'active', municipalities: ['B'], establishedOn: '2018' });
// Ichtegem: no cell in 2017, and an undated source on its zone's shared cell.
const noneIchtegem = statement('n-ich', {
  status: 'none',
  level: 'unknown',
  municipalities: ['C'],
  sourceDate: '2017-08-28',
});
const zonalUndated = statement('zone', { status: 'active', level: 'zonal', municipalities: ['C', 'D'] });
const unclear = statement('unclear', { status: 'unknown', municipalities: ['B'], sourceDate: '2019-11' });
const all = [none2017, preparing2019, active2018, noneIchtegem, zonalUndated, unclear];

describe('the latest statement on or before a date', () => {
  it('dates "active" from its establishment, the others from their source', () => {
    expect(statementDate(active2018)).toBe('2018');
    expect(statementDate(none2017)).toBe('2017-08-28');
    expect(statementDate({ ...active2018, establishedOn: undefined, sourceDate: '2016-04' })).toBe('2016-04');
    expect(statementDate(zonalUndated)).toBeUndefined();
  });

  it('takes the latest statement on or before the date', () => {
    expect(coverageAt(all, '2017-01-01').coverage.get('A')).toBeUndefined();
    expect(coverageAt(all, '2017-08-28').coverage.get('A')).toBe('none');
    expect(coverageAt(all, '2018-06-01').coverage.get('A')).toBe('none');
    expect(coverageAt(all, '2018-06-01').deciding.get('A')).toBe(none2017);
    expect(coverageAt(all, '2020-01-01').coverage.get('A')).toBe('preparation');
  });

  it('counts a partial date from its first day', () => {
    expect(coverageAt(all, '2017-12-31').coverage.get('B')).toBeUndefined();
    expect(coverageAt(all, '2018-01-01').coverage.get('B')).toBe('municipal');
  });

  it('lets a statement with an unclear status decide nothing', () => {
    expect(coverageAt(all, '2020-01-01').coverage.get('B')).toBe('municipal');
    expect(coverageAt(all).deciding.get('B')).toBe(active2018);
  });

  it('counts undated statements only in the current view, where the strongest wins', () => {
    expect(coverageAt(all, '2025-01-01').coverage.get('C')).toBe('none');
    expect(coverageAt(all, '2025-01-01').coverage.has('D')).toBe(false);
    expect(coverageAt(all).coverage.get('C')).toBe('zonal');
    expect(coverageAt(all).coverage.get('D')).toBe('zonal');
  });

  it('leaves a municipality with no statement out: no public information', () => {
    expect(coverageAt(all).coverage.has('E')).toBe(false);
  });

  it('breaks a tie on the same date by the strongest class', () => {
    const a = statement('x', { status: 'none', municipalities: ['F'], sourceDate: '2019-01-01' });
    const b = statement('y', {
      status: 'active',
      level: 'intermunicipal',
      municipalities: ['F'],
      establishedOn: '2019-01-01',
    });
    expect(coverageAt([a, b]).coverage.get('F')).toBe('zonal');
    expect(coverageAt([b, a]).coverage.get('F')).toBe('zonal');
  });

  it('lists the history up to a date, latest first', () => {
    expect(historyOf([none2017, preparing2019], '2018-06-01')).toEqual([none2017]);
    expect(historyOf([none2017, preparing2019])).toEqual([preparing2019, none2017]);
  });
});

describe("the build's classes of the public facts (Lookup.publicCoverage)", () => {
  const places = [{ nis: '11001' }, { nis: '21004' }, { nis: '92094' }];
  it('keeps each class, with "no public information" for a municipality no statement names', () => {
    const encoded = encodeCoverage(
      places,
      new Map([
        ['11001', 'zonal'],
        ['92094', 'preparation'],
      ]),
    );
    expect(encoded).toBe('153');
    expect(decodeCoverage(places, encoded)).toEqual(
      new Map([
        ['11001', 'zonal'],
        ['21004', 'nodata'],
        ['92094', 'preparation'],
      ]),
    );
  });
  it('refuses classes that do not fit the municipalities', () => {
    expect(decodeCoverage(places, '15')).toBeUndefined();
    expect(decodeCoverage(places, '159')).toBeUndefined();
    expect(decodeCoverage(places, undefined)).toBeUndefined();
  });
});
