/** The controlled vocabularies of the CSV schema (docs/data-format.md). */

export const CELL_LEVELS = ['municipal', 'zonal', 'intermunicipal'] as const;
export type CellLevel = (typeof CELL_LEVELS)[number];

export const CELL_STATUSES = ['active', 'in_preparation', 'none'] as const;
export type CellStatus = (typeof CELL_STATUSES)[number];

export const MOBILE_TEAM_SUPPORT = ['founding', 'training', 'project'] as const;
export type MobileTeamSupport = (typeof MOBILE_TEAM_SUPPORT)[number];

export const THEMES = [
  'awareness_training',
  'education',
  'media_literacy',
  'diversity_dialogue',
  'youth_work',
  'family_support',
  'social_cohesion',
  'individual_support',
  'online_prevention',
  'networking',
] as const;
export type Theme = (typeof THEMES)[number];

/**
 * What the map colours a municipality by. Order is precedence: a municipality covered by
 * an active municipal cell shows that, even when a zonal cell also covers it.
 */
export const COVERAGE = ['municipal', 'zonal', 'preparation', 'none', 'nodata'] as const;
export type Coverage = (typeof COVERAGE)[number];

export const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);
