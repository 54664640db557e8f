import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface AtlasGeometry {
  /** Feature ids are the numeric NIS codes, so that feature-state can address them. */
  municipalities: FeatureCollection<Polygon | MultiPolygon>;
  /** Each border once, from the shared arcs: zone, province and region borders line up exactly. */
  zoneBorders: Feature<MultiLineString>;
  provinceBorders: Feature<MultiLineString>;
}

// topojson-client's types want objects whose properties are `{}`.
function collection(topology: Topology, name: string): GeometryCollection<Record<string, never>> {
  const object = topology.objects[name];
  if (object?.type !== 'GeometryCollection') throw new Error(`atlas.topojson has no object "${name}"`);
  return object as GeometryCollection<Record<string, never>>;
}

export function decodeAtlas(topology: Topology): AtlasGeometry {
  const municipalities = feature(topology, collection(topology, 'municipalities')) as FeatureCollection<
    Polygon | MultiPolygon
  >;
  for (const f of municipalities.features) f.id = Number(f.id);
  const borders = (name: string): Feature<MultiLineString> => ({
    type: 'Feature',
    properties: {},
    geometry: mesh(topology, collection(topology, name)),
  });
  return { municipalities, zoneBorders: borders('zones'), provinceBorders: borders('provinces') };
}
