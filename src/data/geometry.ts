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
 * The atlas, parsed and decoded when a part is first read, and only that part: the first map's
 * source is built in a worker from the bytes (map/atlasSourceClient.ts), so the page decodes the
 * zones' borders after the first map, and the municipalities for an export.
 */
export const lazyAtlas = (bytes: ArrayBuffer): AtlasGeometry =>
  Object.assign(atlasOf(once(() => parseJson<Topology>(bytes))), { bytes });

/** The atlas's parts, each decoded when first read. */
export const decodeAtlas = (topology: Topology): Omit<AtlasGeometry, 'bytes'> => atlasOf(() => topology);

type Props = Record<string, never>;

/** A value made when first asked for, then kept. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/** The shipped objects, checked once, when the first part is read. */
function objectsOf(topology: Topology) {
  const { municipalities, zoneBorders, provinceBorders, mergedBorders, formerBorders } = topology.objects;
  if (municipalities?.type !== 'GeometryCollection') throw new Error('atlas.topojson has no object "municipalities"');
  const lines = [zoneBorders, provinceBorders, mergedBorders, formerBorders];
  if (lines.some((o) => o?.type !== 'MultiLineString')) {
    throw new Error('atlas.topojson lacks the zone, province or 2025 merger borders');
  }
  // topojson-client's types want objects whose properties are `{}`.
  const typed = topology as unknown as Topology<{ municipalities: GeometryCollection<Props> }>;
  return { typed, municipalities, zoneBorders, provinceBorders, mergedBorders, formerBorders };
}

function atlasOf(read: () => Topology): Omit<AtlasGeometry, 'bytes'> {
  const objects = once(() => objectsOf(read()));
  const municipalities = once(() => {
    const { typed, municipalities: object } = objects();
    const pieces = feature(typed, object as GeometryCollection<Props>) as FeatureCollection<Polygon | MultiPolygon>;
    for (const f of pieces.features) f.id = featureIdOf(nisOfFeature(f.id ?? ''));
    return pieces;
  });
  // The build wrote each border once, as arcs shared with the municipalities (scripts/lib/build.ts).
  type Line = 'zoneBorders' | 'provinceBorders' | 'mergedBorders' | 'formerBorders';
  const borders = (name: Line) =>
    once(() => {
      const { typed, [name]: object } = objects();
      return feature(typed, object as MultiLineStringObject<Props>) as Feature<MultiLineString>;
    });
  return lazyParts({
    topology: read,
    municipalities,
    zoneBorders: borders('zoneBorders'),
    provinceBorders: borders('provinceBorders'),
    mergedBorders: borders('mergedBorders'),
    formerBorders: borders('formerBorders'),
  });
}

/** An object whose every property is a getter: reading one calls its function, and only then. */
function lazyParts<T extends object>(getters: { [K in keyof T]: () => T[K] }): T {
  const parts = {} as T;
  for (const key of Object.keys(getters) as (keyof T)[]) {
    Object.defineProperty(parts, key, { get: getters[key], enumerable: true });
  }
  return parts;
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
