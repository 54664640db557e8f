import { describe, expect, it } from 'vitest';
import type { Municipality } from '../../src/domain/atlas.ts';
import {
  createLand,
  isBefore2019,
  isBefore2025,
  landOf,
  municipalitiesAt,
  municipalitiesCoverageAt,
  municipalityAt,
  piecesCoverageAt,
  sameLandAt,
} from '../../src/domain/land.ts';
import type { Cell } from '../../src/domain/types.ts';

const place = (nis: string, nl: string, province = '20001', successor?: string): Municipality => ({
  nis,
  names: { nl, fr: nl, de: nl },
  province,
  region: '02000',
  zone: '',
  population: 1,
  former: [],
  postcodes: [],
  bbox: [0, 0, 0, 0],
  ...(successor ? { successor } : {}),
});

// Pajottegem (2025) = Galmaarden + Gooik + Herne; Hasselt (2025) = Hasselt + Kortessem; Asse did not merge.
const land = createLand({
  municipalities: [place('23002', 'Asse'), place('23106', 'Pajottegem'), place('71072', 'Hasselt', '70000')],
  parts: [
    { ...place('23023', 'Galmaarden', '20001', '23106'), area: 34.92 },
    { ...place('23024', 'Gooik', '20001', '23106'), area: 40.69 },
    { ...place('23032', 'Herne', '20001', '23106'), area: 45.92 },
    { ...place('71022', 'Hasselt', '70000', '71072'), area: 104.86 },
    { ...place('73040', 'Kortessem', '70000', '71072'), area: 33.88 },
  ],
});

const statement = (id: string, fields: Partial<Cell> & Pick<Cell, 'status' | 'municipalities'>): Cell => ({
  id,
  name: id,
  level: 'municipal',
  mobileTeamSupport: [],
  origin: 'public',
  unplaced: [],
  ...fields,
});
// What the sources say about Galmaarden, as the import places it: its 2025 municipality and the part it named.
const none2017 = statement('g17', {
  status: 'none',
  municipalities: ['23106'],
  parts: ['23023'],
  sourceDate: '2017-08-28',
});
const preparing2019 = statement('g19', {
  status: 'in_preparation',
  municipalities: ['23106'],
  parts: ['23023'],
  sourceDate: '2019-06-21',
});
// A statement about Pajottegem after the merger: all of it.
const pajottegem2025 = statement('p25', { status: 'active', municipalities: ['23106'], establishedOn: '2025-03' });
// "Hasselt" in 2018 was the Hasselt of that time, without Kortessem.
const hasselt2018 = statement('h18', { status: 'active', municipalities: ['71072'], establishedOn: '2018' });

describe('the municipalities of a date', () => {
  it('are the 2019–2024 ones before 1 January 2025, the 2025 ones from then on', () => {
    expect(municipalitiesAt(land, '2020-01-01').map((m) => m.nis)).toEqual([
      '23002',
      '23023',
      '23024',
      '23032',
      '71022',
      '73040',
    ]);
    expect(municipalitiesAt(land, '2024-12-31')).toHaveLength(6);
    expect(municipalitiesAt(land, '2025-01-01').map((m) => m.nis)).toEqual(['23002', '23106', '71072']);
    expect(municipalitiesAt(land, '')).toHaveLength(3);
    expect([isBefore2025('2024-12-31'), isBefore2025('2025-01-01'), isBefore2025('')]).toEqual([true, false, false]);
    expect([isBefore2019('2018-12-31'), isBefore2019('2019-01-01')]).toEqual([true, false]);
  });

  it('places each piece of land in the municipality of the date', () => {
    expect(municipalityAt(land, '23024', '2020-01-01')).toBe('23024');
    expect(municipalityAt(land, '23024', '2026-01-01')).toBe('23106');
    expect(municipalityAt(land, '23002', '2026-01-01')).toBe('23002');
  });
});

describe('the municipality on the same land at another date (the details across a change of date)', () => {
  it('stays on a municipality that exists at both dates', () => {
    expect(sameLandAt(land, '23002', '2020-01-01')).toBe('23002');
    expect(sameLandAt(land, '23002', '2026-01-01')).toBe('23002');
    expect(sameLandAt(land, '23106', '')).toBe('23106');
  });

  it('goes from a former municipality to the merger it went into', () => {
    expect(sameLandAt(land, '23023', '2026-01-01')).toBe('23106');
    expect(sameLandAt(land, '71022', '')).toBe('71072');
  });

  it('goes back from a merger to the part it came from, else to the part with most of the land', () => {
    expect(sameLandAt(land, '23106', '2020-01-01', '23023')).toBe('23023');
    expect(sameLandAt(land, '23106', '2020-01-01')).toBe('23032'); // Herne, the largest
    expect(sameLandAt(land, '71072', '2020-01-01')).toBe('71022'); // Hasselt, whose name it kept
    // A part of another merger is no hint.
    expect(sameLandAt(land, '71072', '2020-01-01', '23023')).toBe('71022');
  });

  it('finds nothing for a code that names no land', () => {
    expect(sameLandAt(land, '99999', '2020-01-01')).toBeUndefined();
    expect(sameLandAt(land, '99999', '')).toBeUndefined();
  });
});

describe('the class of a piece of land at a date, across a merger', () => {
  const cells = [none2017, preparing2019, pajottegem2025, hasselt2018];

  it('forwards: a statement about a former municipality covers its own land, before and after the merger', () => {
    expect(landOf(land, preparing2019)).toEqual(['23023']);
    const at2020 = piecesCoverageAt(land, [none2017, preparing2019], '2020-01-01');
    expect(at2020.coverage.get('23023')).toBe('preparation');
    expect(at2020.deciding.get('23023')).toBe(preparing2019);
    expect(at2020.coverage.get('23024')).toBeUndefined();
    expect(at2020.coverage.get('23032')).toBeUndefined();
    // After the merger, Galmaarden's statement still covers Galmaarden's land only.
    const at2026 = piecesCoverageAt(land, [none2017, preparing2019], '2026-01-01');
    expect(at2026.coverage.get('23023')).toBe('preparation');
    expect(at2026.coverage.get('23024')).toBeUndefined();
    // And Pajottegem as a whole does not borrow it: it is known in part.
    const towns = municipalitiesCoverageAt(land, at2026, '2026-01-01');
    expect(towns.coverage.get('23106')).toBeUndefined();
    expect(towns.partial.has('23106')).toBe(true);
  });

  it('backwards: a statement about the merged municipality covers all of it, and none of it before it existed', () => {
    expect(landOf(land, pajottegem2025)).toEqual(['23023', '23024', '23032']);
    const at2026 = piecesCoverageAt(land, cells, '2026-01-01');
    for (const piece of ['23023', '23024', '23032']) expect(at2026.coverage.get(piece)).toBe('municipal');
    const towns = municipalitiesCoverageAt(land, at2026, '2026-01-01');
    expect(towns.coverage.get('23106')).toBe('municipal');
    expect(towns.deciding.get('23106')).toBe(pajottegem2025);
    expect(towns.partial.has('23106')).toBe(false);
    // In 2020 the later statement is not in force: Galmaarden keeps its own, Gooik and Herne have none.
    const at2020 = municipalitiesCoverageAt(land, piecesCoverageAt(land, cells, '2020-01-01'), '2020-01-01');
    expect(at2020.coverage.get('23023')).toBe('preparation');
    expect(at2020.coverage.has('23024')).toBe(false);
    expect(at2020.coverage.has('23106')).toBe(false);
  });

  it('reads a name of a merged municipality, before the merger, as the municipality that carried it', () => {
    expect(landOf(land, hasselt2018)).toEqual(['71022']);
    const at2020 = piecesCoverageAt(land, cells, '2020-01-01');
    expect(at2020.coverage.get('71022')).toBe('municipal');
    expect(at2020.coverage.get('73040')).toBeUndefined();
    const today = municipalitiesCoverageAt(land, piecesCoverageAt(land, cells), '');
    expect(today.coverage.get('71072')).toBeUndefined();
    expect(today.partial.has('71072')).toBe(true);
    // Undated, it speaks of today: all of Hasselt.
    expect(landOf(land, { ...hasselt2018, establishedOn: undefined })).toEqual(['71022', '73040']);
  });
});
