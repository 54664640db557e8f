import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/lib/build.ts';
import { layerArea, layerFeatures } from '../../scripts/lib/geometry.ts';
import { sourcesDir } from '../../scripts/lib/paths.ts';
import { parseCsv, readSources } from '../../scripts/lib/sources.ts';
import type { PublishedCount } from '../../src/domain/published.ts';

// The real sources, from $LIVCR_SOURCES or data/sources/, as `npm run data` reads them.
const sources = readSources(sourcesDir());
const first = buildData(sources);
const { lookup, topology } = first;

describe('data build on the real 2025 sources', () => {
  it('has 565 municipalities, each in exactly one police zone', () => {
    expect(lookup.municipalities).toHaveLength(565);
    const memberships = lookup.zones.flatMap((z) => z.municipalities);
    expect(memberships).toHaveLength(565);
    expect(new Set(memberships).size).toBe(565);
    for (const m of lookup.municipalities)
      expect(lookup.zones.find((z) => z.id === m.zone)?.municipalities).toContain(m.nis);
  });

  it('has the 178 zones of zones-2025.csv, with codes where known', () => {
    const listed = parseCsv('zones-2025.csv', readFileSync(resolve(sourcesDir(), 'zones-2025.csv'), 'utf8'), []);
    expect(lookup.zones).toHaveLength(178);
    expect(layerFeatures(topology, 'zones')).toHaveLength(178);
    const codes = listed
      .map((z) => z.zone_code)
      .filter(Boolean)
      .sort();
    expect(
      lookup.zones
        .map((z) => z.code)
        .filter(Boolean)
        .sort(),
    ).toEqual(codes);
    expect(lookup.zones.filter((z) => z.code === null).map((z) => z.id)).toEqual([
      'x-carma',
      'x-haspengouw',
      'x-scheldewaas',
      'x-vlaamse-ardennen',
    ]);
  });

  it('has 11 provinces (Brussels as its own) and 3 regions', () => {
    expect(lookup.provinces).toHaveLength(11);
    expect(lookup.regions).toHaveLength(3);
    expect(layerFeatures(topology, 'provinces')).toHaveLength(11);
    expect(layerFeatures(topology, 'regions')).toHaveLength(3);
  });

  it('puts 46030 in Oost-Vlaanderen and folds 11007 Borsbeek into Antwerpen', () => {
    expect(lookup.municipalities.find((m) => m.nis === '46030')?.province).toBe('40000');
    expect(lookup.municipalities.find((m) => m.nis === '11007')).toBeUndefined();
    expect(lookup.oldCodes['11007']).toBe('11002');
    expect(lookup.oldCodes['54007']).toBe('57096');
  });

  it('lays zones, provinces and regions over the municipalities within 0.01% of area', () => {
    const municipalities = layerArea(topology, 'municipalities');
    for (const layer of ['zones', 'provinces', 'regions'] as const) {
      expect(Math.abs(layerArea(topology, layer) - municipalities) / municipalities).toBeLessThan(1e-4);
    }
  });

  it('sums the 2020 population over merged municipalities', () => {
    expect(lookup.municipalities.reduce((sum, m) => sum + m.population, 0)).toBe(11_492_641);
  });

  it('gives identical bytes when built twice', () => {
    expect(buildData(readSources(sourcesDir())).files).toEqual(first.files);
  });

  it('ships the public facts as the default content, and the examples apart', () => {
    const cells = first.files['cells.csv'] ?? '';
    const initiatives = first.files['initiatives.csv'] ?? '';
    const rows = (csv: string) => csv.split('\r\n').filter(Boolean).slice(1);
    expect(rows(cells)).toHaveLength(79); // 108 statements; the rows of one shared cell become one cell
    expect(rows(initiatives)).toHaveLength(95); // 94 public rows + the Anderlecht colloquium initiative
    expect([...rows(cells), ...rows(initiatives)].every((row) => !row.endsWith(',true'))).toBe(true);
    expect(cells).toContain(
      '"LIVC-R Ternat, Affligem, Roosdaal, Liedekerke",zonal,23086|23105|23097|23044,,,,active,2017-07-03',
    );
    // The seed text's initiatives: Aalst and Dison merged into the public rows, Anderlecht on its own.
    expect(initiatives).toContain('as ""ABC""');
    expect(initiatives).toContain('as ""Projet éducatif sur les médias""');
    expect(initiatives).toContain('Diversité des convictions et des philosophies');
    const examples = rows(first.files['examples-cells.csv'] ?? '');
    expect(examples.length).toBeGreaterThan(50);
    expect(examples.every((row) => row.endsWith(',true'))).toBe(true);
  });

  it('ships the published counts in date order, undated last', () => {
    const counts = JSON.parse(first.files['published-counts.json'] ?? '[]') as PublishedCount[];
    expect(counts).toHaveLength(48);
    expect(counts).toContainEqual({
      date: '2019-06-15',
      scope: 'Belgium',
      cells: 253,
      municipalitiesWithCell: 382,
      municipalitiesWithout: 116,
      sourceUrl: 'https://www.besafe.be/nl/veiligheidsthemas/radicalisme/lokale-integrale-veiligheidscel',
    });
    expect(counts.at(-1)?.date).toBeNull();
  });
});
