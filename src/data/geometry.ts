import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, MultiLineString as MultiLineStringObject, Topology } from 'topojson-specification';
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

export function decodeAtlas(topology: Topology): AtlasGeometry {
  const { municipalities: object, zoneBorders, provinceBorders } = topology.objects;
  if (object?.type !== 'GeometryCollection') throw new Error('atlas.topojson has no object "municipalities"');
  if (zoneBorders?.type !== 'MultiLineString' || provinceBorders?.type !== 'MultiLineString') {
    throw new Error('atlas.topojson has no zone and province borders');
  }
  // topojson-client's types want objects whose properties are `{}`.
  const typed = topology as unknown as Topology<{ municipalities: GeometryCollection<Props> }>;
  const municipalities = feature(typed, object as GeometryCollection<Props>) as FeatureCollection<
    Polygon | MultiPolygon
  >;
  for (const f of municipalities.features) f.id = featureIdOf(nisOfFeature(f.id ?? ''));
  // The build wrote each border once, as arcs shared with the municipalities (scripts/lib/build.ts).
  const borders = (o: MultiLineStringObject<Props>) => feature(typed, o) as Feature<MultiLineString>;
  return {
    municipalities,
    zoneBorders: borders(zoneBorders as MultiLineStringObject<Props>),
    provinceBorders: borders(provinceBorders as MultiLineStringObject<Props>),
    topology,
  };
}
