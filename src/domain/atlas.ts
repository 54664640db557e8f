/** The shape of public/data/lookup.json: everything about places except their geometry. */

export interface Names {
  nl: string;
  fr: string;
  de: string;
}

/** [lng, lat] inside the place where its name goes on the map (polylabel, at build time). */
export type LabelPoint = [number, number];

export interface FormerMunicipality {
  nis: string;
  names: Names;
  /** Last day the code was valid, ISO date. */
  until: string;
}

export interface Municipality {
  nis: string;
  /** Display names: Statbel's disambiguation suffix is dropped where the name is unique. */
  names: Names;
  /** Statbel's names, only where they differ from the display names. */
  officialNames?: Names;
  province: string;
  region: string;
  zone: string;
  population: number;
  former: FormerMunicipality[];
  postcodes: string[];
  /** [west, south, east, north] */
  bbox: [number, number, number, number];
  label?: LabelPoint;
  /** On a municipality of 2019–2024 that merged on 1 January 2025: the 2025 municipality. */
  successor?: string;
  /** On a municipality of 2019–2024 that merged on 1 January 2025: its land, in km². */
  area?: number;
}

export interface PoliceZone {
  /** The official 4-digit code, or `x-<slug>` where the code is unknown. */
  id: string;
  code: string | null;
  names: { nl: string; fr: string };
  region: string;
  municipalities: string[];
  label?: LabelPoint;
}

export interface AdminArea {
  id: string;
  names: Names;
  /** The region a province lies in; absent on regions. */
  region?: string;
  /** Provinces only. */
  label?: LabelPoint;
}

export interface Lookup {
  municipalities: Municipality[];
  zones: PoliceZone[];
  provinces: AdminArea[];
  regions: AdminArea[];
  /** Every former NIS code (2019 and 2025 changes) → its 2025 municipality. */
  oldCodes: Record<string, string>;
  /**
   * The 30 municipalities of 2019–2024 that merged on 1 January 2025, with their own names,
   * provinces and 2020 population (src/domain/land.ts): with the others, the 581 of that time.
   */
  parts?: Municipality[];
  /**
   * Each piece of land's class in the public facts, now: one digit a piece (its index in
   * COVERAGE), in the order of src/domain/land.ts's pieces. The build computes it from cells.csv with the app's own
   * import and coverageAt, so the map paints the public facts before the worker has parsed a row.
   */
  publicCoverage?: string;
}

export const BRUSSELS_REGION = '04000';
export const UNKNOWN_ZONE_PREFIX = 'x-';

/** public/data/attribution.json: each source and the attribution its licence asks for. */
export interface SourceAttribution {
  id: string;
  title: string;
  vintage: string;
  attribution: string;
  licence: string;
  upstream: string;
}

/**
 * Municipality features carry the NIS code as a number (feature-state needs numeric ids), so
 * 01001-style codes lose their zero; these two are the only conversions between the forms.
 */
export const featureIdOf = (nis: string): number => Number(nis);
export const nisOfFeature = (id: string | number): string => String(id).padStart(5, '0');
