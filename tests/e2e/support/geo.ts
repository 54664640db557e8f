import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Lookup } from '../../../src/domain/atlas.ts';

const DATA = resolve(import.meta.dirname, '../../../public/data');
export const lookup = (): Lookup => JSON.parse(readFileSync(resolve(DATA, 'lookup.json'), 'utf8')) as Lookup;

const mercator = ([lng, lat]: [number, number]) => [
  (lng + 180) / 360,
  (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2,
];

/**
 * Where a point lands on a map that has fitted `bounds` with `padding` (MapLibre's fitBounds:
 * the bounds' centre in Web Mercator at the centre of the canvas, zoom the tighter of x and y).
 */
export function pixelOf(
  point: [number, number],
  bounds: [number, number, number, number],
  size: { width: number; height: number },
  padding: number,
) {
  const [x0, y1] = mercator([bounds[0], bounds[1]]) as [number, number];
  const [x1, y0] = mercator([bounds[2], bounds[3]]) as [number, number];
  const scale = Math.min((size.width - 2 * padding) / (x1 - x0), (size.height - 2 * padding) / (y1 - y0));
  const [px, py] = mercator(point) as [number, number];
  return { x: size.width / 2 + (px - (x0 + x1) / 2) * scale, y: size.height / 2 + (py - (y0 + y1) / 2) * scale };
}

function inRing(point: [number, number], ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The centre of a municipality's bounding box, if it falls inside the municipality. */
export function insidePoint(nis: string): [number, number] | undefined {
  const collection = JSON.parse(readFileSync(resolve(DATA, 'municipalities.geojson'), 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon
  >;
  const feature = collection.features.find((f: Feature) => String(f.id) === nis);
  const bbox = lookup().municipalities.find((m) => m.nis === nis)?.bbox;
  if (!feature || !bbox) return undefined;
  const centre: [number, number] = [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2];
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  const inside = polygons.some(
    ([outer, ...holes]) => !!outer && inRing(centre, outer) && !holes.some((h) => inRing(centre, h)),
  );
  return inside ? centre : undefined;
}
