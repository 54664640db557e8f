import type { CellLevel, CellStatus, Theme } from './vocabulary.ts';

export type Language = 'nl' | 'fr' | 'de' | 'en';
export type LocalizedText = Partial<Record<Language, string>>;

/** A LIVC-R cell: a structure, never persons. */
export interface Cell {
  id: string;
  name: string;
  level: CellLevel;
  /** 2025 NIS codes the cell covers (for a zonal cell: the zone's municipalities). */
  municipalities: string[];
  zone?: string;
  status: CellStatus;
  establishedOn?: string;
  mobileTeamSupport: string[];
  website?: string;
  updatedOn?: string;
  demo: boolean;
  /** References the import could not place on the map, kept verbatim. */
  unplaced: string[];
}

export interface Initiative {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  municipalities: string[];
  theme: Theme;
  targetGroup?: string;
  organisation?: string;
  startYear?: number;
  url?: string;
  source?: string;
  demo: boolean;
  unplaced: string[];
}
