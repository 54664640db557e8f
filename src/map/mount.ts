import 'maplibre-gl/dist/maplibre-gl.css';
import './worker-url.ts';
import { type LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import { MAPLIBRE_LOCALES } from '../i18n/maplibre.ts';
import { atlasDecided, startupOf, when } from '../state/startup.ts';
import type { AppState, useAppStore } from '../state/store.ts';
import { type AtlasSource, requestAtlasSource, stopAtlasSourceWorker } from './atlasSourceClient.ts';
import { isResize, RESIZED, reportCamera } from './camera.ts';
import { MAP_COLORS } from './colors.ts';
import { BELGIUM, CONTEXT_BOX } from './extent.ts';
import { addAtlas, buildBaseStyle } from './style.ts';
import { syncMapWithStore } from './sync.ts';
import { exposeForTests } from './testHooks.ts';

let current: MapLibreMap | undefined;

/**
 * The map as drawn now (the style keeps the drawing buffer), on its sea colour, which the map's
 * canvas leaves transparent (see createMap): for the PNG export and the printed page.
 */
export function mapCanvas(): HTMLCanvasElement | undefined {
  const drawn = current?.getCanvas();
  const image = document.createElement('canvas');
  const context = image.getContext('2d');
  if (!drawn || !context) return undefined;
  image.width = drawn.width;
  image.height = drawn.height;
  context.fillStyle = MAP_COLORS.background;
  context.fillRect(0, 0, image.width, image.height);
  context.drawImage(drawn, 0, 0);
  return image;
}

interface Created {
  map: MapLibreMap;
  /** The base style is loaded: the atlas's source and layers may go in. */
  loaded: Promise<void>;
  /** The camera came from the URL (`at=`): the app leaves it where it is. */
  restored: boolean;
}

function createMap(container: HTMLElement, store: typeof useAppStore): Created {
  const { camera, language } = store.getState();
  // The sea: the style has no background layer (style.ts), the container shows through.
  container.style.background = MAP_COLORS.background;
  const map = new MapLibreMap({
    container,
    style: buildBaseStyle(),
    ...(camera
      ? { center: [camera.lng, camera.lat] as [number, number], zoom: camera.zoom }
      : { bounds: BELGIUM, fitBoundsOptions: { padding: 16 } }),
    maxBounds: CONTEXT_BOX, // the neighbours are cut there
    locale: MAPLIBRE_LOCALES[language],
    minZoom: 6,
    maxZoom: 14,
    // No cap on the tile cache: MapLibre sizes it to the viewport (about 20 tiles a source on a
    // phone, 45 on a desk), which keeps every province's tiles, so going back to a filter re-tiles
    // nothing; with a cap of 8, each filter change re-tiled and took several more frames.
    // Names appear at once rather than fading in: a fade repaints the map for 300 ms after every
    // move or filter change, and each of those frames is a full redraw.
    fadeDuration: 0,
    // The style is ours and typed (style.ts); validating it is work on the way to the first map.
    validateStyle: false,
    trackResize: false, // see the ResizeObserver below
    dragRotate: false,
    pitchWithRotate: false,
    attributionControl: false,
    canvasContextAttributes: { preserveDrawingBuffer: true }, // lets the PNG export read the canvas
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  reportCamera(map, store);
  exposeForTests(map, () => store.getState().startup.preview);
  // Readiness for tests and benchmarks, without reaching into MapLibre: a counter of 'idle'.
  let idleCount = 0;
  map.on('idle', () => {
    idleCount += 1;
    container.dataset.idleCount = String(idleCount);
    container.dataset.mapIdle = 'true';
  });
  // The interface comes after the map and changes its size (the top bar, banners, panels): keep
  // Belgium in view until the user or the app moves the camera. MapLibre's own observer would
  // report each resize as a camera move (movestart … moveend), which would drop a shared view's
  // `at=` from the link; this one marks its resizes (camera.ts) so that they are told apart.
  let moved = !!camera;
  let refitting = false;
  // Only a real change: a canvas resized to its own size is still cleared and reallocated.
  let size = `${container.clientWidth}×${container.clientHeight}`;
  const observer = new ResizeObserver(() => {
    const next = `${container.clientWidth}×${container.clientHeight}`;
    if (next === size) return;
    size = next;
    map.resize(RESIZED);
    // Drawn now, before this frame is painted: a resized canvas is cleared, and MapLibre's own
    // redraw comes a frame later, which showed one frame of bare sea when the interface came in.
    map.redraw();
  });
  observer.observe(container);
  map.once('remove', () => observer.disconnect());
  map.on('movestart', (event) => {
    if (!refitting && !isResize(event)) moved = true;
  });
  map.on('resize', () => {
    if (moved) return;
    refitting = true;
    map.fitBounds(BELGIUM, { padding: 16, animate: false });
    refitting = false;
  });
  // npm run bench compares a restyle with one bare repaint of the same map.
  if (new URLSearchParams(location.search).has('bench')) {
    (window as unknown as { livcrBench: unknown }).livcrBench = { repaint: () => map.triggerRepaint() };
  }
  return {
    map,
    restored: !!camera,
    // 'style.load', not 'load': 'load' waits for a first frame of the empty base style, and the
    // geometry's way to the worker (the longest step to the coloured map) would wait behind it.
    loaded: new Promise((resolve) =>
      map.once('style.load', () => {
        performance.mark('livcr:map-loaded');
        resolve();
      }),
    ),
  };
}

/**
 * The one owner of the MapLibre instance, made from the entry (main.ts) once the atlas is in,
 * before React and the panels; the atlas's layers join once its source is built. Controls and
 * hover come with the interface (interaction.ts), which needs the translations. The atlas's
 * source is asked for before the map is made, if it can be: a worker builds it meanwhile.
 */
export function mountMap(container: HTMLElement, store: typeof useAppStore): void {
  const source = atlasSourceOf(store);
  let made: ReturnType<typeof createMap>;
  try {
    made = createMap(container, store);
  } catch (error) {
    void source.then(
      (s) => s.release(),
      () => undefined,
    );
    throw error;
  }
  const { map, loaded, restored } = made;
  current = map;
  // A map that cannot draw must not hold back the interface and the data (startup.ts).
  const skip = () => startupOf(store).skipMap();
  map.getCanvas().addEventListener('webglcontextlost', skip);
  void Promise.all([source, loaded])
    .then(([data]) => {
      // The source is made with the start-up's preview classes, if any; the sync starts from them.
      const stops = [addAtlas(map, data), syncMapWithStore(map, store, { restored })];
      map.once('remove', () => {
        for (const stop of stops.reverse()) stop();
      });
    })
    .catch((error: unknown) => {
      console.warn('The map could not show the atlas:', error);
      skip();
    });
}

/**
 * The atlas's source, asked for as soon as the start-up has decided (startup.ts's `atlasDecided`,
 * the same test main.ts waits for); never, and the worker started ahead stops, if it failed.
 */
function atlasSourceOf(store: typeof useAppStore): Promise<AtlasSource> {
  const ask = ({ geometry, places, startup }: AppState) => {
    if (!geometry || !places) {
      stopAtlasSourceWorker();
      return Promise.reject(new Error(startup.message ?? 'the atlas could not be loaded'));
    }
    return requestAtlasSource(geometry.bytes, startup.preview, places.land);
  };
  // At once if it can (main.ts makes the map once the atlas is decided): the worker then runs
  // while the map is made; a promise would ask only after it.
  if (atlasDecided(store.getState())) return ask(store.getState());
  return when(store, atlasDecided).then(() => ask(store.getState()));
}

/** The map, once made: for the interface's controls and hover (interaction.ts). */
export const currentMap = (): MapLibreMap | undefined => current;

/**
 * The map fitted to the municipalities on screen, as an image for the printed page: no
 * animation, drawn completely (idle), then read from the kept drawing buffer.
 */
export async function mapSnapshot(bounds: LngLatBoundsLike | undefined): Promise<string | undefined> {
  const map = current;
  if (!map) return undefined;
  if (bounds) {
    const idle = new Promise((resolve) => map.once('idle', resolve));
    map.fitBounds(bounds, { padding: 24, animate: false });
    map.triggerRepaint();
    await idle;
  }
  return mapCanvas()?.toDataURL('image/png');
}
