import { describe, expect, it } from 'vitest';
import { createPlaceResolver } from '../../scripts/lib/place-names.ts';
import { publicCells } from '../../scripts/lib/public-facts.ts';
import { parseCsv } from '../../scripts/lib/sources.ts';
import { realLookup } from './fixtures/import.ts';

const resolve = createPlaceResolver(realLookup());
const nis = (name: string) => {
  const match = resolve(name);
  return match.kind === 'municipality' ? match.nis : match.kind;
};

describe('mapping the names that sources write to 2025 NIS codes', () => {
  it('reads names in Dutch, French and German, with or without accents', () => {
    expect(nis('Luik')).toBe('62063');
    expect(nis('Liège')).toBe('62063');
    expect(nis('Lüttich')).toBe('62063');
    expect(nis('LIEGE')).toBe('62063');
    expect(nis('Sankt Vith')).toBe('63067');
  });

  it('reads both spellings of a Brussels name, and refuses two that disagree', () => {
    expect(nis('Forest / Vorst')).toBe('21007');
    expect(nis('Vorst')).toBe('21007');
    expect(nis('Molenbeek-Saint-Jean / Sint-Jans-Molenbeek')).toBe('21012');
    expect(nis('Forest / Ukkel')).toBe('unknown');
  });

  it('maps a former municipality to the one it merged into, and says so', () => {
    expect(resolve('Borsbeek')).toEqual({ kind: 'municipality', nis: '11002', former: 'Borsbeek' });
    expect(resolve('Galmaarden')).toMatchObject({ kind: 'municipality', nis: '23106', former: 'Galmaarden' });
  });

  it('settles a name two municipalities share by the language it is written in', () => {
    // Saint-Nicolas is the town near Liège, and also the French name of Sint-Niklaas.
    expect(nis('Saint-Nicolas')).toBe('62093');
    expect(nis('Sint-Niklaas')).toBe('46021');
  });

  it('reads police zones by name, or named after a member municipality', () => {
    expect(resolve('Politiezone Kouter')).toMatchObject({ kind: 'zone' });
    const wanze = resolve('Zone de police de Wanze');
    expect(wanze.kind === 'zone' && wanze.municipalities).toContain('61072');
  });

  it('fails the build on a name it cannot place, naming the file and row', () => {
    const rows = parseCsv(
      'cells.csv',
      'municipality,level,member_municipalities,status,established_on,source_url,source_date\nGent,municipal,,active,,https://a.be,\nAtlantis,municipal,,active,,,\n',
      [],
    );
    expect(() => publicCells(rows, realLookup())).toThrow(
      'public/cells-public.csv: row 3: no municipality or police zone is called "Atlantis"',
    );
  });
});
