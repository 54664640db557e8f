import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, MultiLineString as MultiLineStringObject, Topology } from 'topojson-specification';
import { type Lookup, nisOfFeature } from '../domain/atlas.ts';
import { createLand } from '../domain/land.ts';
import { COVERAGE, type Coverage } from '../domain/vocabulary.ts';
import { COVERAGE_COLORS, MAP_COLORS } from './colors.ts';
import { BELGIUM } from './extent.ts';
import { FIRST_MAP_ID, NO_FIRST_MAP } from './firstMapIds.ts';

/** Units across Belgium's box: under a pixel's error on a desk, about a third of one on a phone. */
const WIDTH = 1200;

/** Web Mercator, as MapLibre projects, in units of the world's width. */
const mercator = ([lng = 0, lat = 0]: Position): [number, number] => [
  (lng + 180) / 360,
  (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2,
];

const [west, south, east, north] = BELGIUM;
const [x0, y0] = mercator([west, north]);
const [x1, y1] = mercator([east, south]);
const scale = WIDTH / (x1 - x0);
const HEIGHT = Math.round((y1 - y0) * scale);

/** A line of points as SVG path data: absolute start, then relative whole units, repeats dropped. */
function pathOf(line: Position[], close: boolean): string {
  let out = '';
  let last: [number, number] | undefined;
  for (const p of line) {
    const [mx, my] = mercator(p);
    const x = Math.round((mx - x0) * scale);
    const y = Math.round((my - y0) * scale);
    if (!last) out += `M${x} ${y}`;
    else if (x !== last[0] || y !== last[1]) out += `l${x - last[0]} ${y - last[1]}`.replace(/ -/g, '-');
    last = [x, y];
  }
  return close ? `${out}z` : out;
}

const ringsOf = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat();

/** Units per side of a border's cell: about a raster tile (256 px) on a desk. */
const CELL = 300;
const cellOf = ([first]: Position[]) => {
  const [mx, my] = mercator(first ?? [0, 0]);
  return `${Math.floor(((mx - x0) * scale) / CELL)} ${Math.floor(((my - y0) * scale) / CELL)}`;
};
/**
 * A border as one path per cell of the box, each holding the lines that start in it, in a group
 * that gives the stroke. The painter skips a path outside the tile it rasterises, but walks all
 * of one long path for every tile (first paint on a desk 594 → 474 ms, median of 16; without any
 * border 366 ms); a path per line did the same with 600 elements, each one more to style and lay
 * out on a phone's main thread, before any script.
 */
function borderGroup(g: MultiLineString, stroke: string): string {
  const cells = new Map<string, string>();
  for (const line of g.coordinates) {
    const cell = cellOf(line);
    cells.set(cell, (cells.get(cell) ?? '') + pathOf(line, false));
  }
  return `<g ${stroke}>${[...cells.values()].map((d) => `<path d="${d}"/>`).join('')}</g>`;
}

const CLASS = (c: Coverage) => `c${COVERAGE.indexOf(c)}`;

/**
 * The default view (the public facts, today, no filter, Belgium framed as the camera frames it)
 * as an inline SVG for index.html: it paints with the HTML, before any script, and the map takes
 * over once its first complete frame is drawn (firstMap.ts). `classes` are by piece of land:
 * the build's of the public facts (scripts/lib/build.ts), or the register's snapshot (server/).
 * Runs in Node only, at build time or in the register. The same projection, class
 * colours and borders as the map's first frame (layers.ts, vintage.ts at a date from 2025); the
 * names come later on both. The CSS frames it as fitBounds(BELGIUM, { padding: 16 }) does.
 */
export function renderFirstMap(
  topology: Topology,
  lookup: Pick<Lookup, 'municipalities' | 'parts'>,
  classes: ReadonlyMap<string, Coverage>,
): string {
  const land = createLand(lookup);
  const objects = topology.objects as Record<string, GeometryCollection | MultiLineStringObject>;
  const pieces = objects.municipalities as GeometryCollection;
  const fills = (feature(topology, pieces) as unknown as { features: { id?: string | number; geometry: Polygon }[] })
    .features;
  const paths = fills.map((f) => {
    const nis = nisOfFeature(f.id ?? '');
    const d = ringsOf(f.geometry)
      .map((ring) => pathOf(ring, true))
      .join('');
    return `<path data-nis="${nis}" class="${CLASS(classes.get(nis) ?? 'nodata')}" d="${d}"/>`;
  });
  // The 2025 municipalities' borders: between pieces of two municipalities, and the country's.
  const successor = (g: { id?: string | number }) => land.successorOf(nisOfFeature(g.id ?? ''));
  const borders = mesh(topology, pieces, (a, b) => a === b || successor(a) !== successor(b));
  const line = (name: string) => feature(topology, objects[name] as MultiLineStringObject).geometry;
  // An inline SVG's <style> applies to the whole page: every rule is scoped to the SVG, or to its
  // parent while it is there. Its frame is here too, so that it is placed before any stylesheet
  // or script is in.
  const at = `#${FIRST_MAP_ID}`;
  const style = [
    `${at}{position:absolute;inset:0;width:100%;height:100%;padding:16px;box-sizing:border-box;pointer-events:none;will-change:transform;contain:strict}`,
    `.${NO_FIRST_MAP} ${at}{display:none}`,
    // The map's canvas, under the SVG until the hand-over (firstMap.ts), is not composited: every
    // frame MapLibre draws on the way to its first complete one was, for nothing (map on a desk
    // 1.26 → 1.09 × its floor, median of 10). The hand-over removes the SVG, and these with it. A
    // hidden canvas takes no touch: the browser's own pinch must not zoom the page meanwhile.
    `html:not(.${NO_FIRST_MAP}) :has(>${at}){touch-action:none}`,
    `html:not(.${NO_FIRST_MAP}) :has(>${at}) .maplibregl-canvas{visibility:hidden}`,
    ...COVERAGE.map((c) => `${at} .${CLASS(c)}{fill:${COVERAGE_COLORS[c]}}`),
    // Without anti-aliasing: it is what makes the SVG cheap to paint in software (first paint on a
    // desk 1,160 → 464 ms, the page without the SVG 372 ms), and it shows only until the map's frame.
    `${at} path{fill-opacity:.9;shape-rendering:crispEdges}`,
    // Clickable before the map is ready (firstMap.ts): a piece answers, the sea lets the click by.
    `${at} path[data-nis]{pointer-events:visiblePainted;cursor:pointer}`,
    `${at} path[data-nis]:hover{fill-opacity:1}`,
    `${at} .b{fill:none;stroke-linejoin:round}${at} .b path{vector-effect:non-scaling-stroke}`,
  ].join('');
  const stroke = (color: string, width: number, dash = '') =>
    `class="b" stroke="${color}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}`;
  return [
    `<svg id="${FIRST_MAP_ID}" style="background:${MAP_COLORS.background}" viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false">`,
    `<style>${style}</style>`,
    ...paths,
    borderGroup(borders, stroke(MAP_COLORS.municipalityBorder, 1)),
    borderGroup(line('formerBorders'), stroke(MAP_COLORS.municipalityBorder, 0.8, '0.8 1.6')),
    borderGroup(line('provinceBorders'), stroke(MAP_COLORS.provinceBorder, 1.1)),
    '</svg>',
  ].join('');
}

/** The page with this SVG in place of the build's, or of index.html's placeholder. */
export const withFirstMap = (html: string, svg: string) =>
  html.replace(/<!--first-map-->|<svg id="first-map"[\s\S]*?<\/svg>/, () => svg);
