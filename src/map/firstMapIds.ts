/**
 * The first map's names in the page (src/map/firstMapGate.ts): its element, and the class on
 * <html> when it is not the view the page opens, which CSS hides before it is painted. No DOM
 * here: the register's server (no DOM types) renders the SVG with them too.
 */
export const FIRST_MAP_ID = 'first-map';
export const NO_FIRST_MAP = 'no-first-map';
/** The root's data attribute (`data-first-map-click`) for a piece clicked before the app ran. */
export const FIRST_MAP_CLICK = 'first-map-click';
