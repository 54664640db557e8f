/** The controlled vocabularies of the CSV schema (docs/data-format.md). */

/** `unknown`: the source does not say whether the cell is the municipality's own or shared. */
export const CELL_LEVELS = ['municipal', 'zonal', 'intermunicipal', 'unknown'] as const;
export type CellLevel = (typeof CELL_LEVELS)[number];

/**
 * `none`: the source says there was no cell at its date. `unknown`: the source says the
 * status is unclear (e.g. a cell said to be inactive); it is shown, but decides no colour.
 */
export const CELL_STATUSES = ['active', 'in_preparation', 'none', 'unknown'] as const;
export type CellStatus = (typeof CELL_STATUSES)[number];

export const MOBILE_TEAM_SUPPORT = ['founding', 'training', 'project'] as const;

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
  'other',
] as const;
export type Theme = (typeof THEMES)[number];

/**
 * How far an initiative is known: as a source `described` it, `checked` (confirmed by the Mobile
 * Team or the municipality), or `evaluated` (with a link to an evaluation).
 */
export const REVIEW_STATES = ['described', 'checked', 'evaluated'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/**
 * What the map colours a municipality by. Order is precedence: where statements tie, a
 * municipality shows the strongest. `active` is an active cell whose level the source does not
 * give; `nodata` is "no public information", which is not "no cell".
 */
export const COVERAGE = ['municipal', 'zonal', 'active', 'preparation', 'none', 'nodata'] as const;
export type Coverage = (typeof COVERAGE)[number];

export const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);
