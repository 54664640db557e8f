import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Municipality, PoliceZone } from '../domain/atlas.ts';
import { statementDate } from '../domain/coverage.ts';
import type { InitiativeTable } from '../domain/initiativeTable.ts';
import { isCovered } from '../domain/stats.ts';
import type { Cell } from '../domain/types.ts';
import type { Coverage } from '../domain/vocabulary.ts';
import { toCsv, UTF8_BOM } from './csvWrite.ts';

export interface ExportRow {
  nis: string;
  name: string;
  province: string;
  zone: string;
  zoneCode: string;
  status: string;
  cells: string;
  statementDate: string;
  source: string;
  origin: string;
  initiatives: number;
  population: number;
}

/** The table as Excel opens it: UTF-8 with BOM, formula cells escaped (see csvWrite). */
export function tableCsv(header: readonly string[], rows: readonly ExportRow[]): string {
  const cells = rows.map((r) => [
    r.nis,
    r.name,
    r.province,
    r.zone,
    r.zoneCode,
    r.status,
    r.cells,
    r.statementDate,
    r.source,
    r.origin,
    r.initiatives,
    r.population,
  ]);
  return UTF8_BOM + toCsv(header, cells);
}

export interface GeoContext {
  coverage: ReadonlyMap<string, Coverage>;
  /** The statement in force for each municipality (src/domain/coverage.ts). */
  deciding: ReadonlyMap<string, Cell>;
  initiatives: Pick<InitiativeTable, 'countIn'>;
  asOf: string;
}

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
      const m = municipalities.get(String(f.id).padStart(5, '0'));
      if (!m) return [];
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
            livcr_coverage: context.coverage.get(m.nis) ?? 'nodata',
            livcr_cell: statement?.name ?? null,
            livcr_statement_date: statement ? (statementDate(statement) ?? null) : null,
            livcr_source_url: statement?.sourceUrl ?? null,
            livcr_origin: statement?.origin ?? null,
            initiatives: context.initiatives.countIn(m.nis),
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
  include: ReadonlySet<string>,
  name: (z: PoliceZone) => string,
  context: GeoContext,
): FeatureCollection {
  const object = topology.objects.municipalities as GeometryCollection<Record<string, never>>;
  const typed = topology as unknown as Topology<{ municipalities: GeometryCollection<Record<string, never>> }>;
  const byNis = new Map(object.geometries.map((g) => [String(g.id), g]));
  return {
    type: 'FeatureCollection',
    features: zones
      .filter((z) => z.municipalities.some((nis) => include.has(nis)))
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
          covered: z.municipalities.filter((nis) => isCovered(context.coverage.get(nis))).length,
          as_of: context.asOf || null,
        },
      })),
  };
}
