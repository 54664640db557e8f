import 'maplibre-gl/dist/maplibre-gl.css';
import './worker-url.ts';
import { AttributionControl, Map as MapLibreMap, NavigationControl } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store.ts';
import { bindMapEvents } from './events.ts';
import { buildStyle } from './style.ts';
import { syncMapWithStore } from './sync.ts';

const BELGIUM: [number, number, number, number] = [2.54, 49.49, 6.41, 51.51];

/** The one owner of the MapLibre instance. */
export function MapView() {
  const { t } = useTranslation();
  const geometry = useAppStore((s) => s.geometry);
  const containerRef = useRef<HTMLElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = containerRef.current;
    const tooltip = tooltipRef.current;
    if (!geometry || !container || !tooltip) return;
    const map = new MapLibreMap({
      container,
      style: buildStyle(geometry),
      bounds: BELGIUM,
      fitBoundsOptions: { padding: 16 },
      minZoom: 6,
      maxZoom: 14,
      dragRotate: false,
      pitchWithRotate: false,
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: true }, // lets the PNG export read the canvas
    });
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
    let idleCount = 0;
    // Readiness for tests and benchmarks, without reaching into MapLibre: a counter of 'idle'.
    map.on('idle', () => {
      idleCount += 1;
      container.dataset.idleCount = String(idleCount);
      container.dataset.mapIdle = 'true';
    });
    // Banners and panels can resize the map while it loads; keep Belgium in view until the user
    // or the app moves the camera.
    let moved = false;
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
    const stops: (() => void)[] = [];
    map.once('load', () => {
      stops.push(syncMapWithStore(map, useAppStore), bindMapEvents(map, useAppStore, tooltip));
    });
    return () => {
      for (const stop of stops) stop();
      map.remove();
    };
  }, [geometry]);

  return (
    <div className="map-wrap">
      <section ref={containerRef} className="map" aria-label={t('map.label')} data-testid="map" />
      <div ref={tooltipRef} className="map-tooltip" hidden aria-hidden="true" />
    </div>
  );
}
