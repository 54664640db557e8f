import type { Feature, MultiLineString } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap, MapSourceDataEvent, StyleSpecification } from 'maplibre-gl';
import type { Places } from '../domain/places.ts';
import type { Language } from '../domain/types.ts';
import type { AtlasSource } from './atlasSourceClient.ts';
import { CONTEXT_LAYERS, CONTEXT_SOURCE, contextNames, contextSource } from './context.ts';
import { LABEL_SOURCE, labelFeatures, municipalityLabels, provinceLabels, zoneLabels } from './labels.ts';
import { LAYERS, provinceBorder, SOURCES, zoneBorder } from './layers.ts';

/**
 * The symbol layers, bottom to top: MapLibre places the top one's names first. Police zones'
 * names, shown only when asked for, come first; then the towns, biggest first; the provinces move
 * aside for them; the neighbours' names give way to everything.
 */
export const labelLayers = (language: Language) => [
  contextNames(language),
  provinceLabels(language),
  municipalityLabels(language),
  zoneLabels(language),
];

/**
 * A self-contained base style: no tiles, glyphs or sprites from elsewhere, so the map works
 * offline and makes no third-party request. With no `glyphs` URL, MapLibre draws the names with
 * the browser's own fonts (text-font is then a CSS font stack; MapLibre GL JS 5.11 and later).
 * A raster basemap can be added at build time with VITE_BASEMAP_TILES (an XYZ URL template) and
 * VITE_BASEMAP_ATTRIBUTION.
 */
export function buildBaseStyle(basemap = import.meta.env.VITE_BASEMAP_TILES as string | undefined): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: {},
    // No background layer: the sea is the container's colour (mount.ts). A background layer is
    // one more WebGL program and a full-screen draw in every frame, the first ones included.
    layers: [],
  };
  if (basemap) {
    style.sources.basemap = {
      type: 'raster',
      tiles: [basemap],
      tileSize: 256,
      attribution: (import.meta.env.VITE_BASEMAP_ATTRIBUTION as string | undefined) ?? '',
    };
    style.layers.push({ id: 'basemap', type: 'raster', source: 'basemap', paint: { 'raster-opacity': 0.5 } });
  }
  // The atlas's source and layers come with the geometry (addAtlas).
  return style;
}

/**
 * The atlas's source, made with its data (atlasSource.ts, built in a worker), and its layers;
 * every later change is feature-state, a filter or layout.
 * Not an empty source in the style, filled by setData: a loaded source asks for its tiles as soon
 * as the data are sent, before its worker has them, and again once it has, so every tile of the
 * first map was cut and uploaded twice (6 tiles loaded, then reloaded; 1.6 → 0.9 MB of buffers).
 * Its attribution is the attribution control's, in the interface language (controls.ts).
 */
export function addAtlas(map: MapLibreMap, source: AtlasSource): () => void {
  map.addSource(SOURCES.municipalities, { type: 'geojson', data: source.data });
  // Its Blob is read once: MapLibre keeps the parsed data from then on (snapshots, restarts).
  const loaded = (event: MapSourceDataEvent) => {
    if (event.sourceId !== SOURCES.municipalities || event.sourceDataType !== 'metadata') return;
    map.off('sourcedata', loaded);
    source.release();
  };
  map.on('sourcedata', loaded);
  // Over the basemap, if any; the names and the neighbours come after the first map (sync.ts).
  // MapLibre validates a layer added (about 20 ms for these on a desk), unlike the base style.
  for (const layer of LAYERS) map.addLayer(layer);
  return () => {
    map.off('sourcedata', loaded);
    remove(map, LAYERS, [SOURCES.municipalities]);
    source.release();
  };
}

/** The names of another date's municipalities (sync.ts, at 1 January 2025). */
export function setLabelPlaces(map: MapLibreMap, places: Places): void {
  map.getSource<GeoJSONSource>(LABEL_SOURCE)?.setData(labelFeatures(places));
}

function remove(map: MapLibreMap, layers: readonly { id: string }[], sources: readonly string[]): void {
  for (const layer of [...layers].reverse()) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
  for (const source of sources) if (map.getSource(source)) map.removeSource(source);
}

/**
 * The names, the neighbours and the police zones' borders (hidden until asked for), added once the
 * coloured map is complete (sync.ts): they are its context, and drawing glyphs, laying out names
 * and cutting long lines into tiles would otherwise hold back the first map. The neighbours go
 * under the municipalities, the zones under the provinces, the names over everything.
 */
export function addSurroundings(
  map: MapLibreMap,
  places: Places,
  zoneBorders: Feature<MultiLineString>,
  language: Language,
): () => void {
  map.addSource(CONTEXT_SOURCE, contextSource(import.meta.env.BASE_URL));
  // Points need no finer tiles than zoom 10: deeper zooms reuse them, which spares the worker.
  map.addSource(LABEL_SOURCE, { type: 'geojson', data: labelFeatures(places), maxzoom: 10 });
  map.addSource(SOURCES.zoneBorders, { type: 'geojson', data: zoneBorders });
  const under = LAYERS[0]?.id;
  for (const layer of CONTEXT_LAYERS) map.addLayer(layer, under);
  map.addLayer(zoneBorder, provinceBorder.id);
  const names = labelLayers(language);
  for (const layer of names) map.addLayer(layer);
  return () =>
    remove(map, [...CONTEXT_LAYERS, zoneBorder, ...names], [CONTEXT_SOURCE, LABEL_SOURCE, SOURCES.zoneBorders]);
}
