import turfArea from '@turf/area';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type {
  GeometryObject,
  Objects,
  Topology,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
} from 'topojson-specification';
import { DataBuildError } from './errors.ts';
import { SOURCE_FILES } from './sources.ts';

/**
 * Visvalingam weight below which a vertex is dropped, in square degrees (about 150 m²).
 * At zoom 11 a CSS pixel is ~24 m across in Belgium, so what goes is well under a pixel.
 */
export const SIMPLIFY_MIN_WEIGHT = 2e-8;
/** 50,000 steps over Belgium's 3.9° of longitude: about 5.5 m, below a device pixel at zoom 11. */
export const QUANTIZATION = 5e4;

// topojson-client's types want objects whose properties are `{}`.
type Props = Record<string, never>;
export type AreaPolygon = TopoPolygon<Props> | TopoMultiPolygon<Props>;
type AnyTopology = Topology<Objects<Props>>;
export type LayerName = 'pieces' | 'municipalities' | 'zones' | 'provinces' | 'regions';

/** Source polygons, checked: only (Multi)Polygons whose arc indexes exist. */
export function sourcePolygons(topology: Topology): Map<string, AreaPolygon> {
  const file = SOURCE_FILES.boundaries;
  const layer = topology.objects.layer;
  if (layer?.type !== 'GeometryCollection')
    throw new DataBuildError(file, 'object "layer" is not a GeometryCollection');
  const arcCount = topology.arcs.length;
  const result = new Map<string, AreaPolygon>();
  for (const geometry of layer.geometries) {
    const code = String((geometry.properties as Record<string, unknown> | undefined)?.AdMuKey ?? '');
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
      throw new DataBuildError(file, `invalid geometry for ${code}: ${geometry.type} is not a polygon`);
    }
    const indexes = (geometry.arcs as unknown[]).flat(2) as number[];
    if (indexes.length === 0 || indexes.some((i) => !Number.isInteger(i) || (i < 0 ? ~i : i) >= arcCount)) {
      throw new DataBuildError(file, `invalid geometry for ${code}: empty or refers to arcs that do not exist`);
    }
    if (result.has(code)) throw new DataBuildError(file, `municipality ${code} appears twice`);
    result.set(code, geometry as AreaPolygon);
  }
  return result;
}

/**
 * Dissolves source polygons into groups. mergeArcs works on the shared arcs, so neighbours
 * keep exactly the same border: no slivers, no gaps.
 */
export function dissolve(
  topology: Topology,
  polygons: Map<string, AreaPolygon>,
  groupOf: (code: string) => string,
): GeometryObject[] {
  const groups = new Map<string, AreaPolygon[]>();
  for (const [code, polygon] of polygons) {
    const key = groupOf(code);
    groups.set(key, [...(groups.get(key) ?? []), polygon]);
  }
  return [...groups.keys()].sort().map((id) => ({ ...mergeArcs(topology as AnyTopology, groups.get(id) ?? []), id }));
}

/**
 * Drops the arcs no object uses any more (the borders inside dissolved areas) and renumbers
 * the rest. topojson-simplify has a prune, but does not export it.
 */
export function pruneArcs(topology: Topology): Topology {
  const used = new Map<number, number>();
  const arcs: Topology['arcs'] = [];
  const remap = (index: number): number => {
    const old = index < 0 ? ~index : index;
    let next = used.get(old);
    if (next === undefined) {
      next = arcs.length;
      used.set(old, next);
      arcs.push(topology.arcs[old] ?? []);
    }
    return index < 0 ? ~next : next;
  };
  const objects: Topology['objects'] = {};
  for (const [name, object] of Object.entries(topology.objects)) {
    if (object.type !== 'GeometryCollection') continue;
    objects[name] = {
      type: 'GeometryCollection',
      geometries: object.geometries.map((g) => {
        if (g.type === 'Polygon') return { ...g, arcs: g.arcs.map((ring) => ring.map(remap)) };
        if (g.type === 'MultiPolygon') return { ...g, arcs: g.arcs.map((p) => p.map((ring) => ring.map(remap))) };
        return g;
      }),
    };
  }
  return { ...topology, objects, arcs };
}

/** Simplifies on the shared arcs (so layers still line up), quantizes and drops unused arcs. */
export function compact(source: Topology, layers: Record<LayerName, GeometryObject[]>): Topology {
  const objects = Object.fromEntries(
    Object.entries(layers).map(([name, geometries]) => [name, { type: 'GeometryCollection', geometries }]),
  );
  const merged = pruneArcs({ ...source, objects } as Topology);
  const simplified = simplify(presimplify(merged as AnyTopology), SIMPLIFY_MIN_WEIGHT);
  const { bbox: _unused, ...quantized } = quantize(simplified, QUANTIZATION);
  return quantized as Topology;
}

export function layerFeatures(topology: Topology, layer: LayerName): Feature<Polygon | MultiPolygon>[] {
  const object = topology.objects[layer];
  if (!object) return [];
  const collection = feature(topology, object);
  return 'features' in collection ? (collection.features as Feature<Polygon | MultiPolygon>[]) : [];
}

const ringIsValid = (ring: Position[]) => {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return ring.length >= 4 && !!first && !!last && first[0] === last[0] && first[1] === last[1];
};

/** Every ring closed with at least four positions, every feature of non-zero area. */
export function assertValidLayer(topology: Topology, layer: LayerName, file: string): void {
  for (const f of layerFeatures(topology, layer)) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const rings = polygons.flat();
    if (rings.length === 0 || !rings.every(ringIsValid) || !(turfArea(f) > 0)) {
      throw new DataBuildError(file, `invalid geometry in ${layer} ${String(f.id)} after simplification`);
    }
  }
}

export const layerArea = (topology: Topology, layer: LayerName) =>
  layerFeatures(topology, layer).reduce((sum, f) => sum + turfArea(f), 0);
