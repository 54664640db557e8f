import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { AtlasGeometry } from '../data/geometry.ts';
import { MAP_COLORS } from './colors.ts';
import { LAYERS, SOURCES } from './layers.ts';

/**
 * A self-contained base style: no tiles, glyphs or sprites from elsewhere, so the map works
 * offline and makes no third-party request. A raster basemap can be added at build time with
 * VITE_BASEMAP_TILES (an XYZ URL template) and VITE_BASEMAP_ATTRIBUTION.
 */
export function buildBaseStyle(basemap = import.meta.env.VITE_BASEMAP_TILES as string | undefined): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': MAP_COLORS.background } }],
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
  return style;
}

/** The atlas's sources and layers, added once; every later change is feature-state or layout. */
export function addAtlas(map: MapLibreMap, geometry: AtlasGeometry): () => void {
  map.addSource(SOURCES.municipalities, {
    type: 'geojson',
    data: geometry.municipalities,
    attribution: '© FPS Finance – AAPD, Statbel',
  });
  map.addSource(SOURCES.borders, {
    type: 'geojson',
    data: {
      type: 'FeatureCollection',
      features: [
        { ...geometry.zoneBorders, properties: { kind: 'zone' } },
        { ...geometry.provinceBorders, properties: { kind: 'province' } },
      ],
    },
  });
  for (const layer of LAYERS) map.addLayer(layer);
  return () => {
    for (const layer of [...LAYERS].reverse()) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
    for (const source of Object.values(SOURCES)) if (map.getSource(source)) map.removeSource(source);
  };
}
