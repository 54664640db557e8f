import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { CONTEXT_BOX } from '../../src/map/extent.ts';
import { type Box, clipLine, clipRing } from './clip.ts';
import { DataBuildError } from './errors.ts';

/**
 * The neighbours and the sea around Belgium, drawn muted under the municipalities: Natural Earth
 * 1:10m countries (public domain), as packaged on npm by world-atlas, cut to a box that is also
 * the camera's limit (src/map/extent.ts).
 */
export const CONTEXT_FILE = 'context.geojson';
const SOURCE = 'world-atlas/countries-10m.json';
/** Visvalingam weight in square degrees (about 0.25 km²): bends of a few hundred metres go. */
const SIMPLIFY_WEIGHT = 3e-5;
const BELGIUM = '056';

type Names = { nl: string; fr: string; de: string; en: string };
/**
 * Where the neighbours' and the sea's names go: near Belgium, inside what a whole-country view
 * shows. Germany shows only a sliver there, so its name waits until the map is zoomed in (`near`).
 */
const PLACES: { kind: 'country' | 'sea'; at: [number, number]; names: Names; near?: boolean }[] = [
  { kind: 'sea', at: [2.5, 51.48], names: { nl: 'Noordzee', fr: 'Mer du Nord', de: 'Nordsee', en: 'North Sea' } },
  {
    kind: 'country',
    // On Dutch land just north of the border: in view at the whole-country zoom of a desk too.
    at: [5.45, 51.47],
    names: { nl: 'Nederland', fr: 'Pays-Bas', de: 'Niederlande', en: 'Netherlands' },
  },
  { kind: 'country', at: [3.4, 49.9], names: { nl: 'Frankrijk', fr: 'France', de: 'Frankreich', en: 'France' } },
  {
    kind: 'country',
    at: [6.3, 51.0],
    names: { nl: 'Duitsland', fr: 'Allemagne', de: 'Deutschland', en: 'Germany' },
    near: true,
  },
  {
    kind: 'country',
    at: [6.1, 49.72],
    names: { nl: 'Luxemburg', fr: 'Luxembourg', de: 'Luxemburg', en: 'Luxembourg' },
  },
  {
    kind: 'country',
    at: [1.0, 51.3],
    names: { nl: 'Verenigd Koninkrijk', fr: 'Royaume-Uni', de: 'Vereinigtes Königreich', en: 'United Kingdom' },
  },
];

/** Three decimals (about 100 m): finer than Natural Earth's 1:10m quantization. */
const round = (p: Position): Position => [Math.round((p[0] ?? 0) * 1e3) / 1e3, Math.round((p[1] ?? 0) * 1e3) / 1e3];
const bboxOverlaps = (ring: Position[], [w, s, e, n]: Box) =>
  ring.some((p) => (p[0] ?? 0) >= w && (p[0] ?? 0) <= e && (p[1] ?? 0) >= s && (p[1] ?? 0) <= n);

function readCountries(): Topology {
  const require = createRequire(import.meta.url);
  try {
    return JSON.parse(readFileSync(require.resolve(SOURCE), 'utf8')) as Topology;
  } catch (error) {
    throw new DataBuildError(SOURCE, `cannot read it (npm ci installs it): ${String(error)}`);
  }
}

function clippedPolygons(geometry: Polygon | MultiPolygon, box: Box): Position[][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons
    .map((rings) => rings.map((ring) => clipRing(ring, box).map(round)).filter((ring) => ring.length >= 4))
    .filter((rings) => rings.length > 0 && bboxOverlaps(rings[0] ?? [], box));
}

/** Land (each country in the box, Belgium too, so no gap shows along its border), borders, names. */
export function buildContext(box: Box = CONTEXT_BOX, minWeight = SIMPLIFY_WEIGHT): FeatureCollection {
  const topology = simplify(presimplify(readCountries() as Parameters<typeof presimplify>[0]), minWeight) as Topology;
  const countries = topology.objects.countries as GeometryCollection | undefined;
  if (countries?.type !== 'GeometryCollection') throw new DataBuildError(SOURCE, 'no "countries" object');
  const land: Feature[] = [];
  const all = feature(topology, countries) as FeatureCollection<Polygon | MultiPolygon>;
  for (const country of all.features) {
    const coordinates = clippedPolygons(country.geometry, box);
    if (coordinates.length === 0) continue;
    land.push({
      type: 'Feature',
      properties: { kind: 'land', country: String(country.id) },
      geometry: { type: 'MultiPolygon', coordinates },
    });
  }
  // Belgium's own border comes from the atlas; Natural Earth's would not line up with it.
  const borders = mesh(topology, countries, (a, b) => a !== b && a.id !== BELGIUM && b.id !== BELGIUM);
  const border: Feature<MultiLineString> = {
    type: 'Feature',
    properties: { kind: 'border' },
    geometry: {
      type: 'MultiLineString',
      coordinates: borders.coordinates.flatMap((l) => clipLine(l, box)).map((l) => l.map(round)),
    },
  };
  const names: Feature[] = PLACES.map(({ kind, at, names: n, near = false }) => ({
    type: 'Feature',
    properties: { kind, near, name_nl: n.nl, name_fr: n.fr, name_de: n.de, name_en: n.en },
    geometry: { type: 'Point', coordinates: at },
  }));
  return { type: 'FeatureCollection', features: [...land, border, ...names] };
}
