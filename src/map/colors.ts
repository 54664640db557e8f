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

export const MAP_COLORS = {
  background: '#F3F5F7',
  municipalityBorder: '#FFFFFF',
  zoneBorder: '#3A3F47',
  provinceBorder: '#1B1E23',
  highlight: '#111111',
};
