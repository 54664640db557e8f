import type { Map as MapLibreMap } from 'maplibre-gl';
import { OUTREACH_STATES } from '../contract/vocabulary.ts';
import { featureIdOf } from '../domain/atlas.ts';
import { COVERAGE, type Coverage } from '../domain/vocabulary.ts';
import { cameraOf } from './camera.ts';
import { hoverOutline, OUTREACH_KEY, SOURCES } from './layers.ts';

/** What a browser test may ask the map (read-only), as `window.livcrMap`. */
export interface MapTestHooks {
  /** The texts MapLibre placed on screen in a symbol layer (queryRenderedFeatures). */
  renderedLabels: (layer: string) => string[];
  /** The ids of the features drawn on screen in a layer (within a box of canvas pixels, if given). */
  renderedIds: (layer: string, box?: [[number, number], [number, number]]) => string[];
  camera: () => ReturnType<typeof cameraOf>;
  /** Whether the camera is still moving (a drag's inertia, an easing). */
  moving: () => boolean;
  /** The style's layers, bottom to top. */
  layerIds: () => string[];
  /** Where a point lands on the map's canvas, in CSS pixels. */
  project: (lngLat: [number, number]) => { x: number; y: number };
  /** The ids of the features the hover outline shows (feature-state `hover`; layers.ts). */
  hovered: () => string[];
  /** Each piece of land's class and match as the map draws them (feature-state; src/domain/land.ts). */
  classes: (nis: readonly string[]) => { nis: string; coverage: string; match: boolean }[];
  /** Each piece of land's outreach state as the moderators' map mode draws it (feature-state; outreach.ts). */
  outreach: (nis: readonly string[]) => { nis: string; state: string | null }[];
}

/** Only for a browser driven by automation (navigator.webdriver), never for a person's browser. */
export function exposeForTests(
  map: MapLibreMap,
  sourceClasses: () => ReadonlyMap<string, Coverage> | null /* the start-up's preview */,
): void {
  if (!navigator.webdriver) return;
  // The atlas's source comes with the geometry (style.ts): before it, no piece has a state.
  const stateOf = (nis: string) =>
    map.getSource(SOURCES.municipalities)
      ? map.getFeatureState({ source: SOURCES.municipalities, id: featureIdOf(nis) })
      : {};
  const rendered = (layer: string) => (map.getLayer(layer) ? map.queryRenderedFeatures({ layers: [layer] }) : []);
  const hooks: MapTestHooks = {
    renderedLabels: (layer) => {
      // The label layers' text is `name_<language>`, alone or behind a zoom step (labels.ts).
      const field = /name_(nl|fr|de|en)/.exec(JSON.stringify(map.getLayoutProperty(layer, 'text-field')))?.[0];
      return rendered(layer).map((f) => String((field && f.properties[field]) ?? ''));
    },
    renderedIds: (layer, box) =>
      (box && map.getLayer(layer) ? map.queryRenderedFeatures(box, { layers: [layer] }) : rendered(layer)).map((f) =>
        String(f.id),
      ),
    hovered: () => rendered(hoverOutline.id).flatMap((f) => (f.state.hover ? [String(f.id)] : [])),
    camera: () => cameraOf(map),
    moving: () => map.isMoving(),
    layerIds: () => map.getStyle().layers.map((l) => l.id),
    project: (lngLat) => {
      const { x, y } = map.project(lngLat);
      return { x, y };
    },
    classes: (list) => {
      // As the fill's colour reads it (layers.ts): the feature-state, else the source's class.
      const made = sourceClasses();
      return list.map((nis) => {
        const state = stateOf(nis);
        const coverage = state.coverage === undefined ? made?.get(nis) : COVERAGE[Number(state.coverage)];
        return { nis, coverage: coverage ?? 'nodata', match: state.match !== false };
      });
    },
    outreach: (list) =>
      list.map((nis) => {
        const index = stateOf(nis)[OUTREACH_KEY];
        return { nis, state: index === undefined ? null : (OUTREACH_STATES[Number(index)] ?? null) };
      }),
  };
  (window as unknown as { livcrMap: MapTestHooks }).livcrMap = hooks;
}
