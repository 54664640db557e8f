import 'maplibre-gl/dist/maplibre-gl.css';
import './worker-url.ts';
import { type LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAPLIBRE_LOCALES } from '../i18n/maplibre.ts';
import { useAppStore } from '../state/store.ts';
import { reportCamera } from './camera.ts';
import { bindControls } from './controls.ts';
import { bindMapEvents } from './events.ts';
import { BELGIUM, CONTEXT_BOX } from './extent.ts';
import { addAtlas, buildBaseStyle } from './style.ts';
import { syncMapWithStore } from './sync.ts';
import { exposeForTests } from './testHooks.ts';

let current: MapLibreMap | undefined;

/** The map's canvas as drawn now (the style keeps the drawing buffer), for the PNG export. */
export const mapCanvas = (): HTMLCanvasElement | undefined => current?.getCanvas();

interface Created {
  map: MapLibreMap;
  /** The base style is loaded: sources and layers may be added (before the first frame). */
  loaded: Promise<void>;
  /** The camera came from the URL (`at=`): the app leaves it where it is. */
  restored: boolean;
}

function createMap(container: HTMLElement): Created {
  const { camera, language } = useAppStore.getState();
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
    dragRotate: false,
    pitchWithRotate: false,
    attributionControl: false,
    canvasContextAttributes: { preserveDrawingBuffer: true }, // lets the PNG export read the canvas
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  const unbindControls = bindControls(map, useAppStore);
  map.once('remove', unbindControls);
  reportCamera(map, useAppStore);
  exposeForTests(map);
  // Readiness for tests and benchmarks, without reaching into MapLibre: a counter of 'idle'.
  let idleCount = 0;
  map.on('idle', () => {
    idleCount += 1;
    container.dataset.idleCount = String(idleCount);
    container.dataset.mapIdle = 'true';
  });
  // Banners and panels can resize the map while it loads; keep Belgium in view until the user
  // or the app moves the camera.
  let moved = !!camera;
  let refitting = false;
  map.on('movestart', () => {
    if (!refitting) moved = true;
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

/** The one owner of the MapLibre instance. It starts at once; the geometry joins when it arrives. */
export function MapView() {
  const { t } = useTranslation();
  const geometry = useAppStore((s) => s.geometry);
  const places = useAppStore((s) => s.places);
  const containerRef = useRef<HTMLElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const [instance, setInstance] = useState<ReturnType<typeof createMap>>();

  useEffect(() => {
    if (!containerRef.current) return;
    const created = createMap(containerRef.current);
    current = created.map;
    setInstance(created);
    return () => {
      if (current === created.map) current = undefined;
      created.map.remove();
    };
  }, []);

  useEffect(() => {
    const tooltip = tooltipRef.current;
    if (!instance || !geometry || !places || !tooltip) return;
    const { map, loaded, restored } = instance;
    const stops: (() => void)[] = [];
    let cancelled = false;
    void loaded.then(() => {
      if (cancelled) return;
      stops.push(
        addAtlas(map, geometry),
        syncMapWithStore(map, useAppStore, { restored }),
        bindMapEvents(map, useAppStore, tooltip),
      );
    });
    return () => {
      cancelled = true;
      for (const stop of stops.reverse()) stop();
    };
  }, [instance, geometry, places]);

  return (
    <div className="map-wrap">
      <section ref={containerRef} className="map" aria-label={t('map.label')} data-testid="map" />
      <div ref={tooltipRef} className="map-tooltip" hidden aria-hidden="true" />
    </div>
  );
}

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
  return map.getCanvas().toDataURL('image/png');
}
