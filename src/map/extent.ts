/** [west, south, east, north] in degrees. No imports: the data build reads these too. */
export type Extent = [number, number, number, number];

/** Belgium's bounding box: the first view, and the "whole of Belgium" button's. */
export const BELGIUM: Extent = [2.54, 49.49, 6.41, 51.51];

/**
 * The neighbours and the sea are cut to this box at build time (scripts/lib/context.ts), and the
 * camera may not look beyond it (maxBounds), so the cut never shows.
 */
export const CONTEXT_BOX: Extent = [-2, 47, 11, 54.5];
