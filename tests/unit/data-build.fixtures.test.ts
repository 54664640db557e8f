import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import turfArea from '@turf/area';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/lib/build.ts';
import { layerFeatures } from '../../scripts/lib/geometry.ts';
import { readSources, SOURCE_FILES } from '../../scripts/lib/sources.ts';
import { buildSearchIndex, resolveExact } from '../../src/domain/search.ts';
import { fixtureSources } from './fixtures/sources.ts';

const build = (sources = fixtureSources()) => buildData(sources, { expectedMunicipalities: 3 });

describe('data build on a synthetic fixture', () => {
  it('dissolves merged municipalities and sums their population', () => {
    const { topology, lookup } = build();
    const features = layerFeatures(topology, 'municipalities');
    expect(features.map((f) => f.id)).toEqual(['11001', '11002', '21001']);
    const area = (id: string) => {
      const found = features.find((f) => f.id === id);
      if (!found) throw new Error(`no ${id}`);
      return turfArea(found);
    };
    expect(area('11002') / area('11001')).toBeCloseTo(2, 1);
    const antwerpen = lookup.municipalities.find((m) => m.nis === '11002');
    expect(antwerpen?.population).toBe(1010);
    expect(antwerpen?.former.map((f) => f.nis)).toEqual(['11007']);
    expect(antwerpen?.postcodes).toEqual(['2000', '2150']);
  });

  it('builds zones, provinces and regions that tile the municipalities exactly', () => {
    const { topology, lookup } = build();
    const total = (layer: 'municipalities' | 'zones' | 'provinces' | 'regions') =>
      layerFeatures(topology, layer).reduce((sum, f) => sum + turfArea(f), 0);
    for (const layer of ['zones', 'provinces', 'regions'] as const) {
      expect(Math.abs(total(layer) - total('municipalities')) / total('municipalities')).toBeLessThan(1e-4);
    }
    expect(lookup.provinces.map((p) => p.id)).toEqual(['04000', '10000']);
    expect(lookup.zones.find((z) => z.code === null)).toMatchObject({
      id: 'x-hekla',
      names: { nl: 'PZ Hekla', fr: 'PZ Hekla' },
    });
    expect(lookup.municipalities.find((m) => m.nis === '21001')).toMatchObject({ province: '04000', region: '04000' });
  });

  it('resolves former names and codes to the 2025 municipality', () => {
    const index = buildSearchIndex(build().lookup);
    expect(resolveExact(index, 'Borsbeek').map((h) => h.nis)).toEqual(['11002']);
    expect(resolveExact(index, '11007')).toEqual([{ nis: '11002', matched: '11007', kind: 'oldNis' }]);
    expect(resolveExact(index, 'anvers').map((h) => h.nis)).toEqual(['11002']);
  });

  it('gives the same bytes twice', () => {
    expect(build().files).toEqual(build().files);
  });

  describe('fails loudly, naming the file', () => {
    it('on a missing source file', () => {
      const dir = mkdtempSync(join(tmpdir(), 'livcr-'));
      writeFileSync(join(dir, SOURCE_FILES.mergers), 'old_nis,old_name,new_nis,new_name\n');
      expect(() => readSources(dir)).toThrow(/municipalities-2020.topojson: source file is missing/);
    });

    it('on a municipality in no police zone', () => {
      const sources = fixtureSources();
      sources.membership = sources.membership.filter((m) => m.nis !== '21001');
      expect(() => build(sources)).toThrow(/police-zones-2025.csv: municipality 21001 is in no police zone/);
    });

    it('on a municipality in two police zones', () => {
      const sources = fixtureSources();
      sources.membership.push({
        ...sources.membership[0],
        nis: '11001',
        zone_code: '5345',
        zone_name_nl: 'PZ Antwerpen',
      });
      expect(() => build(sources)).toThrow(/police-zones-2025.csv: municipality 11001 is in two police zones/);
    });

    it('on a merger code that does not exist', () => {
      const sources = fixtureSources();
      sources.mergers.push({ old_nis: '99999', old_name: 'Nowhere', new_nis: '11002', new_name: 'Antwerpen' });
      expect(() => build(sources)).toThrow(/mergers-2025.csv: old code 99999 does not exist/);
    });

    it('on a count that is not the expected one', () => {
      expect(() => buildData(fixtureSources())).toThrow(
        /municipality-names-2025.csv: expected 565 municipalities, found 3/,
      );
    });

    it('on invalid geometry', () => {
      const sources = fixtureSources();
      const layer = sources.boundaries.objects.layer;
      if (layer?.type !== 'GeometryCollection') throw new Error('fixture');
      layer.geometries[0] = { type: 'Polygon', arcs: [[999]], properties: { AdMuKey: '11001' } };
      expect(() => build(sources)).toThrow(/municipalities-2020.topojson: invalid geometry for 11001/);
    });
  });
});
