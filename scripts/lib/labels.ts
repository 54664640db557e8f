import turfArea from '@turf/area';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import type { Topology } from 'topojson-specification';
import type { LabelPoint, Lookup } from '../../src/domain/atlas.ts';
import { type LayerName, layerFeatures } from './geometry.ts';

/** Belgium's middle latitude: a degree of longitude there is cos(50.6°) of a degree of latitude. */
const LNG_SCALE = Math.cos((50.6 * Math.PI) / 180);
/** About 10 m: a label point needs no more, and four decimals keep lookup.json small. */
const round = (value: number) => Math.round(value * 1e4) / 1e4;

/** The largest polygon of a feature: a label goes on the main part, not on an exclave. */
function mainPolygon(geometry: Polygon | MultiPolygon): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  let best: Position[][] = [];
  let bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const area = turfArea({ type: 'Polygon', coordinates });
    if (area > bestArea) [best, bestArea] = [coordinates, area];
  }
  return best;
}

/**
 * The pole of inaccessibility (polylabel): the point inside the polygon farthest from its edge,
 * where a label has the most room. Computed on a plane scaled to Belgium's latitude, so that
 * "farthest" is measured in metres rather than in degrees.
 */
export function labelPoint(feature: Feature<Polygon | MultiPolygon>): LabelPoint {
  const rings = mainPolygon(feature.geometry).map((ring) =>
    ring.map(([lng = 0, lat = 0]) => [lng * LNG_SCALE, lat] as [number, number]),
  );
  const [x, y] = polylabel(rings, 1e-4);
  return [round(x / LNG_SCALE), round(y)];
}

const labelsOf = (topology: Topology, layer: LayerName) =>
  new Map(layerFeatures(topology, layer).map((f) => [String(f.id), labelPoint(f)]));

/** Label points for municipalities, police zones and provinces, added to the lookup. */
export function withLabels(lookup: Lookup, topology: Topology): Lookup {
  const municipalities = labelsOf(topology, 'municipalities');
  const zones = labelsOf(topology, 'zones');
  const provinces = labelsOf(topology, 'provinces');
  const pieces = labelsOf(topology, 'pieces');
  return {
    ...lookup,
    ...(lookup.parts ? { parts: lookup.parts.map((p) => ({ ...p, label: pieces.get(p.nis) })) } : {}),
    municipalities: lookup.municipalities.map((m) => ({ ...m, label: municipalities.get(m.nis) })),
    zones: lookup.zones.map((z) => ({ ...z, label: zones.get(z.id) })),
    provinces: lookup.provinces.map((p) => ({ ...p, label: provinces.get(p.id) })),
  };
}
