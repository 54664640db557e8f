import type { CellLevel, CellStatus, ReviewState, Theme } from './vocabulary.ts';

export type Language = 'nl' | 'fr' | 'de' | 'en';
export type LocalizedText = Partial<Record<Language, string>>;

/**
 * The dataset a row came from: the shipped public facts, generated examples, the register, or
 * a file the user imported (by name).
 */
export type Origin = 'public' | 'examples' | 'register' | `file:${string}`;
export type OriginKind = 'public' | 'examples' | 'register' | 'file';

export const originKind = (origin: Origin): OriginKind =>
  origin.startsWith('file:') ? 'file' : (origin as Exclude<OriginKind, 'file'>);

/**
 * A dated statement about a LIVC-R cell: a structure, never persons. A municipality can have
 * several over time; the view at a date uses the latest (src/domain/coverage.ts).
 */
export interface Cell {
  id: string;
  name: string;
  level: CellLevel;
  /** 2025 NIS codes the cell covers (for a zonal cell: the zone's municipalities). */
  municipalities: string[];
  /**
   * The former municipalities of a 2025 merger the statement names (2019–2024 NIS codes): it
   * covers their land only, not all of the 2025 municipality (src/domain/land.ts).
   */
  parts?: string[];
  zone?: string;
  status: CellStatus;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source. */
  establishedOn?: string;
  mobileTeamSupport: string[];
  website?: string;
  updatedOn?: string;
  /** Where the statement was made (http or https only) and when (YYYY[-MM[-DD]]). */
  sourceUrl?: string;
  sourceDate?: string;
  /** A short note on the statement, in the source's words or ours; never about persons. */
  note?: string;
  /** The language `note` is in, and the note in other languages (translations of it). */
  noteLanguage?: Language;
  noteTexts?: LocalizedText;
  origin: Origin;
  /** References the import could not place on the map, kept verbatim. */
  unplaced: string[];
}

export interface Initiative {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  municipalities: string[];
  /** As a cell's: the former municipalities of a 2025 merger it names, for one started before 2025. */
  parts?: string[];
  theme: Theme;
  targetGroup?: string;
  organisation?: string;
  startYear?: number;
  url?: string;
  source?: string;
  sourceUrl?: string;
  sourceDate?: string;
  /** The language the description was written in; the others are translations of it. */
  descriptionLanguage?: Language;
  /** Absent: `described`. */
  reviewState?: ReviewState;
  /** The day (YYYY[-MM[-DD]]) the initiative was last confirmed as running. */
  confirmedOn?: string;
  evaluationUrl?: string;
  /** The day the row last changed (YYYY-MM-DD); the register's rows: the day it was approved. */
  updatedOn?: string;
  origin: Origin;
  unplaced: string[];
}
