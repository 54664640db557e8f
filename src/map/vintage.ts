import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { featureIdOf } from '../domain/atlas.ts';
import { isBefore2025, type Land } from '../domain/land.ts';
import { MAP_COLORS } from './colors.ts';
import { formerBorder, idIn, mergedOutline, municipalityFill } from './layers.ts';

const TRANSPARENT = 'rgba(255, 255, 255, 0)';

/**
 * The outlines of the date's municipalities. The fill is by piece of land (the 581 of 2019–2024),
 * so before 2025 each piece's own outline is the municipality's. From 2025 the pieces of a merged
 * municipality lose theirs; its outline and its former borders (dotted) come from the meshes.
 */
export function applyVintage(map: MapLibreMap, land: Land, asOf: string): void {
  const before = isBefore2025(asOf);
  for (const layer of [mergedOutline, formerBorder]) {
    map.setLayoutProperty(layer.id, 'visibility', before ? 'none' : 'visible');
  }
  const merged = before
    ? []
    : land.pieces.filter((p) => land.piecesOf(land.successorOf(p.nis)).length > 1).map((p) => featureIdOf(p.nis));
  const outline: ExpressionSpecification | string =
    merged.length > 0
      ? ['case', idIn(merged), TRANSPARENT, MAP_COLORS.municipalityBorder]
      : MAP_COLORS.municipalityBorder;
  map.setPaintProperty(municipalityFill.id, 'fill-outline-color', outline);
}
