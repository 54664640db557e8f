import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Lookup } from '../domain/atlas.ts';
import { featureIdOf, nisOfFeature } from '../domain/atlas.ts';

export interface AtlasGeometry {
  /** Feature ids are the numeric NIS codes, so that feature-state can address them. */
  municipalities: FeatureCollection<Polygon | MultiPolygon>;
  /** Each border once, from the shared arcs: zone, province and country borders line up exactly. */
  zoneBorders: Feature<MultiLineString>;
  provinceBorders: Feature<MultiLineString>;
  /** Kept for exports that dissolve municipalities into zones. */
  topology: Topology;
}

type Props = Record<string, never>;

export function decodeAtlas(topology: Topology, lookup: Lookup): AtlasGeometry {
  const object = topology.objects.municipalities;
  if (object?.type !== 'GeometryCollection') throw new Error('atlas.topojson has no object "municipalities"');
  // topojson-client's types want objects whose properties are `{}`.
  const typed = topology as unknown as Topology<{ municipalities: GeometryCollection<Props> }>;
  const collection = object as GeometryCollection<Props>;
  const municipalities = feature(typed, collection) as FeatureCollection<Polygon | MultiPolygon>;
  for (const f of municipalities.features) f.id = featureIdOf(nisOfFeature(f.id ?? ''));

  const byNis = new Map(lookup.municipalities.map((m) => [m.nis, m]));
  const attribute = (key: 'zone' | 'province') => (g: GeometryObject) => byNis.get(nisOfFeature(g.id ?? ''))?.[key];
  // A border between two municipalities of different zones (or provinces), or the country's edge.
  const borders = (key: 'zone' | 'province'): Feature<MultiLineString> => {
    const of = attribute(key);
    return {
      type: 'Feature',
      properties: {},
      geometry: mesh(typed, collection, (a, b) => a === b || of(a) !== of(b)),
    };
  };
  return { municipalities, zoneBorders: borders('zone'), provinceBorders: borders('province'), topology };
}
