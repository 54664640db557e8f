import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/lib/build.ts';
import { sourcesDir } from '../../scripts/lib/paths.ts';
import { parseCsv, readSources } from '../../scripts/lib/sources.ts';

/**
 * Each of the 178 police zones carries the spelling its source writes (zone-names-2025.csv: the
 * name, where it comes from, and the source's own spelling), not a title-cased copy of it:
 * "PZ AMOW", not "PZ Amow".
 */
const read = (file: string) => parseCsv(file, readFileSync(resolve(sourcesDir(), file), 'utf8'), []);
const reference = read('zone-names-2025.csv');
const { lookup } = buildData(readSources(sourcesDir()));
const keyOf = (row: Record<string, string>) => row.zone_code || row.zone_name_nl || row.zone_name_fr || '';

describe('police-zone names', () => {
  it('lists all 178 zones once, each with a source and the source spelling', () => {
    expect(reference).toHaveLength(178);
    expect(new Set(reference.map(keyOf)).size).toBe(178);
    for (const row of reference) {
      expect(row.source, keyOf(row)).toBeTruthy();
      expect(row.source_spelling, keyOf(row)).toBeTruthy();
    }
  });

  it('writes each name as its source does (prefix PZ/ZP aside), with no doubled space', () => {
    for (const row of reference) {
      // Flemish and Brussels zones are named in Dutch by their sources, Walloon ones in French.
      const name = row.zone_name_nl || row.zone_name_fr || '';
      expect(name.replace(/^(PZ|ZP) /, ''), keyOf(row)).toBe(row.source_spelling);
      expect(name, keyOf(row)).not.toMatch(/\s{2}/);
    }
  });

  it('ships exactly these names: in the source files and in the built data', () => {
    const zones = new Map(read('zones-2025.csv').map((row) => [keyOf(row), row]));
    const built = new Map(lookup.zones.map((zone) => [zone.code ?? zone.names.nl, zone]));
    expect(built.size).toBe(178);
    for (const row of reference) {
      const key = keyOf(row);
      expect(zones.get(key)?.zone_name_nl ?? '', key).toBe(row.zone_name_nl);
      expect(zones.get(key)?.zone_name_fr ?? '', key).toBe(row.zone_name_fr);
      const zone = built.get(row.zone_code || row.zone_name_nl || row.zone_name_fr || '');
      expect(zone?.names.nl, key).toBe(row.zone_name_nl || row.zone_name_fr);
      expect(zone?.names.fr, key).toBe(row.zone_name_fr || row.zone_name_nl);
    }
    for (const row of read('police-zones-2025.csv')) {
      const ref = reference.find((r) => keyOf(r) === keyOf(row));
      expect(row.zone_name_nl, row.nis).toBe(ref?.zone_name_nl);
    }
  });

  it('keeps the zones’ own capitals (no title-casing): AMOW, BRT, HANO, RIHO, DSZ, K-L-M', () => {
    const names = lookup.zones.map((zone) => zone.names.nl);
    for (const expected of ['PZ AMOW', 'PZ BRT', 'PZ HANO', 'PZ RIHO', 'PZ Demerdal DSZ', 'PZ K-L-M'])
      expect(names).toContain(expected);
    expect(names).toContain('PZ Zottegem/Herzele/Sint-Lievens-Houtem');
  });
});
