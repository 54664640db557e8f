import type { StyleSpecification } from 'maplibre-gl';
import type { AtlasGeometry } from '../data/geometry.ts';
import { MAP_COLORS } from './colors.ts';
import { LAYERS, SOURCES } from './layers.ts';

/**
 * A self-contained style: no tiles, glyphs or sprites from elsewhere, so the map works offline
 * and makes no third-party request. A raster basemap can be added at build time with
 * VITE_BASEMAP_TILES (an XYZ URL template) and VITE_BASEMAP_ATTRIBUTION.
 */
export function buildStyle(
  geometry: AtlasGeometry,
  basemap = import.meta.env.VITE_BASEMAP_TILES as string | undefined,
): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: {
      [SOURCES.municipalities]: {
        type: 'geojson',
        data: geometry.municipalities,
        attribution: '© FPS Finance – AAPD, Statbel',
      },
      [SOURCES.zones]: { type: 'geojson', data: geometry.zoneBorders },
      [SOURCES.provinces]: { type: 'geojson', data: geometry.provinceBorders },
    },
    layers: [
      {
        id: 'background',
        type: 'background',
        paint: { 'background-color': MAP_COLORS.background },
      },
      ...LAYERS,
    ],
  };
  if (basemap) {
    style.sources.basemap = {
      type: 'raster',
      tiles: [basemap],
      tileSize: 256,
      attribution: (import.meta.env.VITE_BASEMAP_ATTRIBUTION as string | undefined) ?? '',
    };
    style.layers.splice(1, 0, {
      id: 'basemap',
      type: 'raster',
      source: 'basemap',
      paint: { 'raster-opacity': 0.5 },
    });
  }
  return style;
}
