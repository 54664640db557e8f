import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/lib/build.ts';
import { clipRing } from '../../scripts/lib/clip.ts';
import { buildContext } from '../../scripts/lib/context.ts';
import { layerFeatures } from '../../scripts/lib/geometry.ts';
import { sourcesDir } from '../../scripts/lib/paths.ts';
import { readSources } from '../../scripts/lib/sources.ts';
import { CONTEXT_BOX } from '../../src/map/extent.ts';

const { lookup, topology } = buildData(readSources(sourcesDir()));

function inRing([x, y]: [number, number], ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
const inside = (point: [number, number], f: Feature<Polygon | MultiPolygon>) =>
  (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).some(
    ([outer, ...holes]) => !!outer && inRing(point, outer) && !holes.some((h) => inRing(point, h)),
  );

describe('label points', () => {
  it('puts every municipality, zone and province label inside its own area', () => {
    const layers = [
      ['municipalities', lookup.municipalities.map((m) => [m.nis, m.label] as const)],
      ['zones', lookup.zones.map((z) => [z.id, z.label] as const)],
      ['provinces', lookup.provinces.map((p) => [p.id, p.label] as const)],
    ] as const;
    for (const [layer, labels] of layers) {
      const features = new Map(layerFeatures(topology, layer).map((f) => [String(f.id), f]));
      const outside = labels.filter(([id, label]) => {
        const f = features.get(id);
        return !label || !f || !inside(label, f);
      });
      expect(outside, layer).toEqual([]);
    }
  });
});

describe('the context map (Natural Earth)', () => {
  const context = buildContext();
  const json = JSON.stringify(context);

  it('is small and stays inside the camera box', () => {
    expect(json.length).toBeLessThan(100_000);
    const [west, south, east, north] = CONTEXT_BOX;
    const coordinates = [...json.matchAll(/\[(-?[\d.]+),(-?[\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(coordinates.length).toBeGreaterThan(1000);
    for (const [x = 0, y = 0] of coordinates) {
      expect(x >= west - 1e-9 && x <= east + 1e-9 && y >= south - 1e-9 && y <= north + 1e-9).toBe(true);
    }
  });

  it('has the neighbours as land, and their and the sea names in four languages', () => {
    const land = context.features.filter((f) => f.properties?.kind === 'land').map((f) => f.properties?.country);
    expect(land).toEqual(expect.arrayContaining(['056', '250', '276', '442', '528', '826']));
    const names = context.features.filter((f) => f.geometry.type === 'Point').map((f) => f.properties?.name_nl);
    expect(names).toEqual(expect.arrayContaining(['Noordzee', 'Frankrijk', 'Duitsland', 'Nederland', 'Luxemburg']));
  });

  it('cuts a ring crossing the box edge along that edge', () => {
    const ring = clipRing(
      [
        [-1, -1],
        [1, -1],
        [1, 1],
        [-1, 1],
        [-1, -1],
      ],
      [0, 0, 2, 2],
    );
    expect(ring).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
  });
});
