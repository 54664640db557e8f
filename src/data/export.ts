import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { type Municipality, nisOfFeature, type PoliceZone } from '../domain/atlas.ts';
import { isCovered, statementDate } from '../domain/coverage.ts';
import type { MunicipalityRow } from '../domain/rows.ts';
import type { Origin } from '../domain/types.ts';
import type { AtlasView } from '../domain/view.ts';
import type { Coverage } from '../domain/vocabulary.ts';
import { toCsv, UTF8_BOM } from './csvWrite.ts';

/** The municipality rows as Excel opens them: UTF-8 with BOM, formula cells escaped (see csvWrite). */
export function tableCsv(
  header: readonly string[],
  rows: readonly MunicipalityRow[],
  text: { coverage: (c: Coverage) => string; origin: (o: Origin) => string },
  delimiter: ',' | ';',
): string {
  const cells = rows.map((r) => [
    r.nis,
    r.name,
    r.province,
    r.zone,
    r.zoneCode,
    text.coverage(r.coverage),
    r.statement?.name ?? '',
    r.statement ? (statementDate(r.statement) ?? '') : '',
    r.statement?.sourceUrl ?? '',
    r.statement ? text.origin(r.statement.origin) : '',
    r.initiatives,
    r.population,
  ]);
  return UTF8_BOM + toCsv(header, cells, delimiter);
}

export type GeoContext = Pick<AtlasView, 'classOf' | 'deciding' | 'initiativeRows' | 'asOf' | 'matches'>;

/** Municipalities with their LIVC-R attributes, for QGIS. */
export function municipalitiesGeojson(
  features: readonly Feature<Polygon | MultiPolygon>[],
  municipalities: ReadonlyMap<string, Municipality>,
  name: (m: Municipality) => string,
  context: GeoContext,
): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: features.flatMap((f) => {
      const m = municipalities.get(nisOfFeature(f.id ?? ''));
      if (!m || !context.matches.has(m.nis)) return [];
      const statement = context.deciding.get(m.nis);
      return [
        {
          type: 'Feature',
          id: f.id,
          geometry: f.geometry,
          properties: {
            nis: m.nis,
            name: name(m),
            province_nis: m.province,
            zone_id: m.zone,
            population_2020: m.population,
            livcr_coverage: context.classOf(m.nis),
            livcr_cell: statement?.name ?? null,
            livcr_statement_date: statement ? (statementDate(statement) ?? null) : null,
            livcr_source_url: statement?.sourceUrl ?? null,
            livcr_origin: statement?.origin ?? null,
            initiatives: context.initiativeRows(m.nis).length,
            as_of: context.asOf || null,
          },
        },
      ];
    }),
  };
}

/** Police zones dissolved from their municipalities on the shared arcs, with coverage counts. */
export function zonesGeojson(
  topology: Topology,
  zones: readonly PoliceZone[],
  name: (z: PoliceZone) => string,
  context: GeoContext,
): FeatureCollection {
  const object = topology.objects.municipalities as GeometryCollection<Record<string, never>>;
  const typed = topology as unknown as Topology<{ municipalities: GeometryCollection<Record<string, never>> }>;
  const byNis = new Map(object.geometries.map((g) => [nisOfFeature(g.id ?? ''), g]));
  return {
    type: 'FeatureCollection',
    features: zones
      .filter((z) => z.municipalities.some((nis) => context.matches.has(nis)))
      .map((z) => ({
        type: 'Feature',
        id: z.id,
        geometry: merge(typed, z.municipalities.flatMap((nis) => byNis.get(nis) ?? []) as never[]),
        properties: {
          zone_id: z.id,
          zone_code: z.code,
          code_known: z.code !== null,
          name: name(z),
          municipalities: z.municipalities.length,
          covered: z.municipalities.filter((nis) => isCovered(context.classOf(nis))).length,
          as_of: context.asOf || null,
        },
      })),
  };
}
