import type { OutreachState } from '../contract/vocabulary.ts';
import type { Coverage } from '../domain/vocabulary.ts';

/**
 * Okabe–Ito colours: told apart with each common colour-vision deficiency. "No public
 * information" is a pale neutral grey, far from the purple of "declared: no cell", so that it
 * never reads as a status.
 */
export const COVERAGE_COLORS: Record<Coverage, string> = {
  municipal: '#0072B2',
  zonal: '#56B4E9',
  active: '#009E73',
  preparation: '#E69F00',
  none: '#CC79A7',
  nodata: '#DADDE1',
};

/**
 * The moderators' map of the register's funnel: nothing known in the same pale grey as "no public
 * information", then viridis from light to dark as a municipality comes closer to a published
 * statement (ordered, and told apart with each common colour-vision deficiency).
 */
export const OUTREACH_COLORS: Record<OutreachState, string> = {
  no_information: '#DADDE1',
  public_facts: '#FDE725',
  invited: '#7AD151',
  account_active: '#22A884',
  declaration_pending: '#2A788E',
  approved: '#414487',
};

export const MAP_COLORS = {
  /** The sea, and whatever lies beyond the neighbours. */
  background: '#DCE6EE',
  municipalityBorder: '#FFFFFF',
  zoneBorder: '#3A3F47',
  provinceBorder: '#1B1E23',
  highlight: '#111111',
  selected: '#111111',
  /** The guide's results: a magenta no coverage class uses. */
  guide: '#B0127A',
  /** Neighbouring countries: a warm grey that no coverage class or "no data" is mistaken for. */
  land: '#ECEAE4',
  landBorder: '#B4AFA5',
  contextText: '#6E6A62',
  seaText: '#5B7A93',
  label: '#1B1E23',
  provinceLabel: '#3A3F47',
  halo: 'rgba(255, 255, 255, 0.92)',
};

/** The interface's font stack. Without a `glyphs` URL MapLibre draws text with these local fonts. */
export const FONT = ['system-ui', 'Segoe UI', 'Roboto', 'Helvetica Neue', 'Arial'];
/**
 * No font has the first name: MapLibre reads the weight or style from it, and the browser falls
 * through to the stack. (It cannot start with a generic name: "system-ui Bold" is not valid CSS,
 * and the canvas then draws 10 px glyphs.)
 */
export const FONT_BOLD = ['Atlas Bold', ...FONT];
export const FONT_ITALIC = ['Atlas Italic', ...FONT];
