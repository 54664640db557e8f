import type { Cell } from './types.ts';
import type { AtlasView } from './view.ts';
import type { Coverage } from './vocabulary.ts';

export interface PlaceNames {
  municipality: (nis: string) => string;
  area: (id: string) => string;
  zone: (id: string) => string;
}

/** One municipality as the table and the CSV export show it, at the view's date. */
export interface MunicipalityRow {
  nis: string;
  name: string;
  province: string;
  zone: string;
  zoneCode: string;
  coverage: Coverage;
  /** The statement in force, if any. */
  statement: Cell | undefined;
  initiatives: number;
  population: number;
}

/** The rows of the matching municipalities, in lookup order: built once for table and export. */
export function municipalityRows(
  view: AtlasView,
  zoneCode: (zoneId: string) => string | null,
  names: PlaceNames,
): MunicipalityRow[] {
  return view.matched.map((m) => ({
    nis: m.nis,
    name: names.municipality(m.nis),
    province: names.area(m.province),
    zone: names.zone(m.zone),
    zoneCode: zoneCode(m.zone) ?? '',
    coverage: view.classOf(m.nis),
    statement: view.deciding.get(m.nis),
    initiatives: view.initiativeRows(m.nis).length,
    population: m.population,
  }));
}
