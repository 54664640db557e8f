import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, MultiLineString as MultiLineStringObject, Topology } from 'topojson-specification';
import { featureIdOf, nisOfFeature } from '../domain/atlas.ts';
import { parseJson } from './json.ts';

export interface AtlasGeometry {
  /**
   * The 581 pieces of land (municipalities of 2019–2024, src/domain/land.ts). Feature ids are the
   * numeric NIS codes, so that feature-state can address them.
   */
  municipalities: FeatureCollection<Polygon | MultiPolygon>;
  /** Each border once, from the shared arcs: zone, province and country borders line up exactly. */
  zoneBorders: Feature<MultiLineString>;
  provinceBorders: Feature<MultiLineString>;
  /** The outlines of the municipalities that merged in 2025, and the former borders inside them. */
  mergedBorders: Feature<MultiLineString>;
  formerBorders: Feature<MultiLineString>;
  /** Kept for exports that dissolve municipalities into zones. */
  topology: Topology;
  /** atlas.topojson as shipped: the atlas's source is built from it in a worker (map/atlasSource.ts). */
  bytes: ArrayBuffer;
}

/**
 * The atlas, decoded when first read: the first map's source is built in a worker from the bytes
 * (map/atlasSourceClient.ts), so the page decodes only after it, for the zones' borders, the
 * exports and the like. Each part is decoded once.
 */
export function lazyAtlas(bytes: ArrayBuffer): AtlasGeometry {
  let topology: Topology | undefined;
  let decoded: Omit<AtlasGeometry, 'bytes' | 'topology'> | undefined;
  const parsed = () => {
    topology ??= parseJson<Topology>(bytes);
    return topology;
  };
  const all = () => {
    decoded ??= decodeAtlas(parsed());
    return decoded;
  };
  return {
    bytes,
    get topology() {
      return parsed();
    },
    get municipalities() {
      return all().municipalities;
    },
    get zoneBorders() {
      return all().zoneBorders;
    },
    get provinceBorders() {
      return all().provinceBorders;
    },
    get mergedBorders() {
      return all().mergedBorders;
    },
    get formerBorders() {
      return all().formerBorders;
    },
  };
}

type Props = Record<string, never>;

export function decodeAtlas(topology: Topology): Omit<AtlasGeometry, 'bytes'> {
  const { municipalities: object, zoneBorders, provinceBorders, mergedBorders, formerBorders } = topology.objects;
  if (object?.type !== 'GeometryCollection') throw new Error('atlas.topojson has no object "municipalities"');
  const lines = [zoneBorders, provinceBorders, mergedBorders, formerBorders];
  if (lines.some((o) => o?.type !== 'MultiLineString')) {
    throw new Error('atlas.topojson lacks the zone, province or 2025 merger borders');
  }
  // topojson-client's types want objects whose properties are `{}`.
  const typed = topology as unknown as Topology<{ municipalities: GeometryCollection<Props> }>;
  const municipalities = feature(typed, object as GeometryCollection<Props>) as FeatureCollection<
    Polygon | MultiPolygon
  >;
  for (const f of municipalities.features) f.id = featureIdOf(nisOfFeature(f.id ?? ''));
  // The build wrote each border once, as arcs shared with the municipalities (scripts/lib/build.ts).
  const borders = (o: MultiLineStringObject<Props>) => feature(typed, o) as Feature<MultiLineString>;
  // Decoded when first read: the zones' borders come after the first map (style.ts).
  let zones: Feature<MultiLineString> | undefined;
  return {
    municipalities,
    get zoneBorders() {
      zones ??= borders(zoneBorders as MultiLineStringObject<Props>);
      return zones;
    },
    provinceBorders: borders(provinceBorders as MultiLineStringObject<Props>),
    mergedBorders: borders(mergedBorders as MultiLineStringObject<Props>),
    formerBorders: borders(formerBorders as MultiLineStringObject<Props>),
    topology,
  };
}

/**
 * The outline of each group of pieces of land (a municipality that merged in 2025): the arcs that
 * only one of its pieces uses, so the borders between them drop out. Made from the shipped arcs,
 * as the build's meshes are: no geometry is shipped twice.
 */
export function outlinesOf(
  topology: Topology,
  groups: readonly { nis: string; pieces: readonly string[] }[],
): { nis: string; outline: MultiLineString }[] {
  const object = topology.objects.municipalities as GeometryCollection<Props> | undefined;
  if (object?.type !== 'GeometryCollection') return [];
  const byNis = new Map(object.geometries.map((g) => [nisOfFeature(g.id ?? ''), g]));
  return groups.map(({ nis, pieces }) => {
    const geometries = pieces.flatMap((p) => byNis.get(p) ?? []);
    return { nis, outline: mesh(topology, { type: 'GeometryCollection', geometries }, (a, b) => a === b) };
  });
}
