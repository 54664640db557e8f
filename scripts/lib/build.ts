import turfArea from '@turf/area';
import turfBbox from '@turf/bbox';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { meshArcs } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Lookup, Municipality } from '../../src/domain/atlas.ts';
import { ATTRIBUTION } from '../../src/domain/attribution.ts';
import { decodeCoverage } from '../../src/domain/coverage.ts';
import { createLand } from '../../src/domain/land.ts';
import { renderFirstMap } from '../../src/map/firstMapSvg.ts';
import { generateCells, generateInitiatives } from './demo.ts';
import { DataBuildError } from './errors.ts';
import {
  assertValidLayer,
  compact,
  dissolve,
  layerArea,
  layerFeatures,
  pruneArcs,
  sourcePolygons,
} from './geometry.ts';
import { joinPlaces } from './join.ts';
import { withLabels } from './labels.ts';
import { publicCells, publicCoverage, publicInitiatives, publishedCounts } from './public-facts.ts';
import { SOURCE_FILES, type Sources } from './sources.ts';
import { translator, untranslated } from './translations.ts';

export const OUTPUT = {
  atlas: 'atlas.topojson',
  lookup: 'lookup.json',
  firstMap: 'first-map.svg',
  cells: 'cells.csv',
  initiatives: 'initiatives.csv',
  exampleCells: 'examples-cells.csv',
  exampleInitiatives: 'examples-initiatives.csv',
  publishedCounts: 'published-counts.json',
  attribution: 'attribution.json',
  municipalitiesGeojson: 'municipalities.geojson',
  zonesGeojson: 'police-zones.geojson',
} as const;

const round = (value: number) => Math.round(value * 1e6) / 1e6;
const roundPositions = (value: unknown): unknown =>
  typeof value === 'number' ? round(value) : Array.isArray(value) ? value.map(roundPositions) : value;

function geojson(features: Feature[], properties: (id: string) => Record<string, unknown>): string {
  const collection: FeatureCollection = {
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      id: f.id,
      properties: properties(String(f.id)),
      geometry: {
        ...f.geometry,
        coordinates: roundPositions(
          (f.geometry as Exclude<Geometry, { type: 'GeometryCollection' }>).coordinates,
        ) as Position[],
      } as Geometry,
    })),
  };
  return JSON.stringify(collection);
}

/**
 * The 581 pieces of land (the municipalities of 2019–2024, the source geometry) as `municipalities`,
 * and as arc lists, each border once, from the shared arcs: zone and province borders; the
 * outlines of the municipalities that merged in 2025 (`mergedBorders`); the former borders inside
 * them (`formerBorders`). The map draws the 565 of 2025 from the pieces and these meshes, so the
 * geometry is shipped once (src/domain/land.ts).
 */
function shippedTopology(
  topology: Topology,
  byNis: ReadonlyMap<string, Pick<Municipality, 'zone' | 'province'>>,
  successorOf: (piece: string) => string,
): Topology {
  const { pieces } = topology.objects;
  if (pieces?.type !== 'GeometryCollection') throw new DataBuildError(OUTPUT.atlas, 'no pieces object');
  const shipped = pruneArcs({ ...topology, objects: { municipalities: pieces } });
  const collection = shipped.objects.municipalities as GeometryCollection;
  const successor = (g: GeometryObject) => successorOf(String(g.id));
  const merged = new Set([...collection.geometries].map(successor).filter((nis, i, all) => all.indexOf(nis) !== i));
  const borders = (key: 'zone' | 'province') => {
    const of = (g: GeometryObject) => byNis.get(successor(g))?.[key];
    // A border between two municipalities of different zones (or provinces), or the country's edge.
    return meshArcs(shipped, collection, (a, b) => a === b || of(a) !== of(b));
  };
  return {
    ...shipped,
    objects: {
      municipalities: collection,
      zoneBorders: borders('zone'),
      provinceBorders: borders('province'),
      mergedBorders: meshArcs(
        shipped,
        collection,
        (a, b) => (merged.has(successor(a)) || merged.has(successor(b))) && (a === b || successor(a) !== successor(b)),
      ),
      formerBorders: meshArcs(shipped, collection, (a, b) => a !== b && successor(a) === successor(b)),
    },
  };
}

export interface BuildResult {
  files: Record<string, string>;
  topology: Topology;
  lookup: Lookup;
}

/** The public facts' classes by piece of land, as the first map paints them. */
function firstMapClasses(lookup: Lookup) {
  const classes = decodeCoverage(createLand(lookup).pieces, lookup.publicCoverage);
  if (!classes) throw new DataBuildError(OUTPUT.lookup, 'publicCoverage does not match the pieces of land');
  return classes;
}

/** Sources in, the app's data files out. Pure: the same sources give the same bytes. */
export function buildData(sources: Sources, options: { expectedMunicipalities?: number } = {}): BuildResult {
  const places = joinPlaces(sources, options.expectedMunicipalities);
  const polygons = sourcePolygons(sources.boundaries);
  const municipalityOf = (code: string) => places.from2020.get(code) ?? '';
  const byNis = new Map(places.municipalities.map((m) => [m.nis, m]));
  const attributeOf = (key: 'zone' | 'province' | 'region') => (code: string) =>
    byNis.get(municipalityOf(code))?.[key] ?? '';
  const topology = compact(sources.boundaries, {
    pieces: dissolve(sources.boundaries, polygons, (code) => code),
    municipalities: dissolve(sources.boundaries, polygons, municipalityOf),
    zones: dissolve(sources.boundaries, polygons, attributeOf('zone')),
    provinces: dissolve(sources.boundaries, polygons, attributeOf('province')),
    regions: dissolve(sources.boundaries, polygons, attributeOf('region')),
  });
  for (const layer of ['pieces', 'municipalities', 'zones', 'provinces', 'regions'] as const) {
    assertValidLayer(topology, layer, OUTPUT.atlas);
  }
  const municipalityArea = layerArea(topology, 'municipalities');
  const zoneArea = layerArea(topology, 'zones');
  if (Math.abs(zoneArea - municipalityArea) / municipalityArea > 1e-4) {
    throw new DataBuildError(OUTPUT.atlas, `zones cover ${zoneArea} m², municipalities ${municipalityArea} m²`);
  }

  const features = layerFeatures(topology, 'municipalities');
  const bboxOf = new Map(features.map((f) => [String(f.id), turfBbox(f).map(round) as Municipality['bbox']]));
  const pieceFeatures = layerFeatures(topology, 'pieces');
  const pieceBbox = new Map(pieceFeatures.map((f) => [String(f.id), turfBbox(f).map(round) as Municipality['bbox']]));
  // km², to a hundredth: which former part holds most of a merger's land (src/domain/land.ts).
  const pieceArea = new Map(pieceFeatures.map((f) => [String(f.id), Math.round(turfArea(f) / 1e4) / 100]));
  const municipalities: Municipality[] = places.municipalities.map((m) => ({
    ...m,
    bbox: bboxOf.get(m.nis) ?? [0, 0, 0, 0],
  }));
  const lookup: Lookup = withLabels(
    {
      municipalities,
      zones: places.zones,
      provinces: places.provinces,
      regions: places.regions,
      oldCodes: places.oldCodes,
      parts: places.parts.map((p) => ({
        ...p,
        bbox: pieceBbox.get(p.nis) ?? [0, 0, 0, 0],
        area: pieceArea.get(p.nis) ?? 0,
      })),
    },
    topology,
  );
  const translate = (rows: Sources['cellTranslations'], file: string) => (rows ? translator(rows, file) : untranslated);
  const cells = publicCells(
    sources.publicCells,
    lookup,
    translate(sources.cellTranslations, SOURCE_FILES.cellTranslations),
  );
  lookup.publicCoverage = publicCoverage(cells, lookup, OUTPUT.cells);
  const zoneById = new Map(places.zones.map((z) => [z.id, z]));
  const nameOf = (nis: string) => byNis.get(nis)?.names.nl ?? nis;

  // The municipalities, and the zone and province borders as arc lists (shippedTopology).
  const shipped = shippedTopology(topology, byNis, municipalityOf);
  const files: Record<string, string> = {
    [OUTPUT.atlas]: JSON.stringify(shipped),
    // The default view, painted by index.html before any script (vite.config.ts).
    [OUTPUT.firstMap]: renderFirstMap(shipped, lookup, firstMapClasses(lookup)),
    [OUTPUT.lookup]: JSON.stringify(lookup),
    [OUTPUT.cells]: cells,
    [OUTPUT.initiatives]: publicInitiatives(
      sources.publicInitiatives,
      sources.seedInitiatives,
      lookup,
      translate(sources.initiativeTranslations, SOURCE_FILES.initiativeTranslations),
    ),
    [OUTPUT.publishedCounts]: JSON.stringify(publishedCounts(sources.publishedCounts)),
    [OUTPUT.exampleCells]: generateCells(places.zones, nameOf),
    [OUTPUT.exampleInitiatives]: generateInitiatives(places.municipalities),
    [OUTPUT.attribution]: JSON.stringify(ATTRIBUTION, null, 2),
    [OUTPUT.municipalitiesGeojson]: geojson(features, (nis) => {
      const m = byNis.get(nis);
      const zone = zoneById.get(m?.zone ?? '');
      return {
        nis,
        name_nl: m?.names.nl,
        name_fr: m?.names.fr,
        name_de: m?.names.de,
        province_nis: m?.province,
        region_nis: m?.region,
        zone_code: zone?.code ?? null,
        zone_name: zone?.names.nl,
        population_2020: m?.population,
      };
    }),
    [OUTPUT.zonesGeojson]: geojson(layerFeatures(topology, 'zones'), (id) => {
      const zone = zoneById.get(id);
      return {
        zone_id: id,
        zone_code: zone?.code ?? null,
        code_known: zone?.code !== null,
        name_nl: zone?.names.nl,
        name_fr: zone?.names.fr,
        municipalities: zone?.municipalities.join('|'),
      };
    }),
  };
  return { files, topology, lookup };
}
