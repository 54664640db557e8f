import { describe, expect, it } from 'vitest';
import { InitiativeTable, NO_INITIATIVES, packInitiatives } from '../../src/domain/initiativeTable.ts';
import type { Initiative } from '../../src/domain/types.ts';

const initiative = (id: string, municipalities: string[], extra: Partial<Initiative> = {}): Initiative => ({
  id,
  title: { nl: `Project ${id}` },
  description: {},
  municipalities,
  theme: 'education',
  origin: 'public',
  unplaced: [],
  ...extra,
});

const rows: Initiative[] = [
  initiative('a', ['21001'], { title: { fr: 'Écoute & dialogue ✓ 🇧🇪', nl: '<img src=x onerror=alert(1)>' } }),
  initiative('b', ['21001', '44021'], { theme: 'youth_work', startYear: 2019, origin: 'examples' }),
  initiative('c', ['44021'], { unplaced: ['Nergensdorp'], url: 'https://example.org/ß' }),
];

describe('packed initiatives', () => {
  const table = InitiativeTable.from(rows);

  it('gives every row back exactly, whatever its characters', () => {
    expect(table.length).toBe(3);
    expect([0, 1, 2].map((i) => table.row(i))).toEqual(rows);
  });

  it('reads themes, start years and municipalities without decoding rows', () => {
    expect([0, 1, 2].map((i) => table.theme(i))).toEqual(['education', 'youth_work', 'education']);
    expect(table.startYear(0)).toBeUndefined();
    expect(table.startYear(1)).toBe(2019);
    expect(table.municipalities(1)).toEqual(['21001', '44021']);
    expect(table.origins).toEqual(['public', 'examples']);
  });

  it('indexes rows by municipality', () => {
    expect(table.rowsOf('21001')).toEqual([0, 1]);
    expect(table.rowsOf('44021')).toEqual([1, 2]);
    expect(table.rowsOf('11001')).toEqual([]);
    expect(table.rowsOf('44021').map((i) => table.row(i).id)).toEqual(['b', 'c']);
  });

  it('packs into buffers that postMessage can transfer', () => {
    const packed = packInitiatives(rows);
    const copy = structuredClone(packed, {
      transfer: [packed.themes.buffer, packed.records.buffer, packed.recordStart.buffer],
    });
    expect(new InitiativeTable(copy).row(2)).toEqual(rows[2]);
    expect(packed.records.byteLength).toBe(0); // moved, not copied
  });

  it('is empty when there is nothing', () => {
    expect(NO_INITIATIVES.length).toBe(0);
    expect(NO_INITIATIVES.rowsOf('21001')).toEqual([]);
    expect(NO_INITIATIVES.origins).toEqual([]);
  });
});
