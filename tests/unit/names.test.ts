import { describe, expect, it } from 'vitest';
import { placeName, zoneName } from '../../src/i18n/content.ts';
import { realLookup } from './fixtures/import.ts';

const lookup = realLookup();
const municipality = (nis: string) => {
  const m = lookup.municipalities.find((x) => x.nis === nis);
  if (!m) throw new Error(nis);
  return m;
};
const zoneOf = (nis: string) => {
  const z = lookup.zones.find((x) => x.id === municipality(nis).zone);
  if (!z) throw new Error(nis);
  return z;
};
const province = (id: string) => {
  const p = lookup.provinces.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
};

describe('the naming convention', () => {
  it('names a municipality in the interface language in Dutch and French', () => {
    expect(placeName(municipality('62063'), 'nl')).toBe('Luik');
    expect(placeName(municipality('62063'), 'fr')).toBe('Liège');
    expect(placeName(municipality('21015'), 'nl')).toBe('Schaarbeek');
    expect(placeName(municipality('21015'), 'fr')).toBe('Schaerbeek');
  });

  it('uses German names in German and local names in English, Brussels bilingually in both', () => {
    expect(placeName(municipality('62063'), 'de')).toBe('Lüttich');
    expect(placeName(municipality('62063'), 'en')).toBe('Liège');
    expect(placeName(municipality('44021'), 'en')).toBe('Gent');
    expect(placeName(municipality('63023'), 'en')).toBe('Eupen');
    expect(placeName(municipality('21015'), 'en')).toBe('Schaerbeek / Schaarbeek');
    expect(placeName(municipality('21015'), 'de')).toBe('Schaerbeek / Schaarbeek');
    expect(placeName(municipality('21001'), 'en')).toBe('Anderlecht');
  });

  it('names police zones by the same rule', () => {
    expect(zoneName(zoneOf('62063'), 'nl')).toMatch(/Liège|Luik/);
    expect(zoneName(zoneOf('44021'), 'en')).toBe(zoneOf('44021').names.nl);
    expect(zoneName(zoneOf('62063'), 'de')).toBe(zoneOf('62063').names.fr);
    const brussels = zoneOf('21015');
    expect(zoneName(brussels, 'en')).toBe(`${brussels.names.fr} / ${brussels.names.nl}`);
  });

  it('names provinces in English where English has a name, and in German in German', () => {
    expect(placeName(province('70000'), 'en')).toBe('Limburg');
    expect(placeName(province('20001'), 'en')).toBe('Flemish Brabant');
    expect(placeName(province('60000'), 'de')).toBe('Lüttich');
    expect(placeName(province('04000'), 'en')).toBe('Brussels-Capital Region');
  });
});
