import type { Map as MapLibreMap } from 'maplibre-gl';
import { OUTREACH_STATES } from '../contract/vocabulary.ts';
import { featureIdOf } from '../domain/atlas.ts';
import type { AppState } from '../state/store.ts';
import { fillColorOf, type MapMode, municipalityFill, OUTREACH_KEY, SOURCES } from './layers.ts';

/**
 * The moderators' map mode: each piece of land takes the outreach state of the municipality it
 * lies in today (the register's funnel is of today's 565), as feature-state; switching the mode
 * swaps the fill's colour expression. Neither uploads geometry again. Only states that changed
 * are set. The container's `data-map-mode` says which mode was last drawn.
 */
export function outreachSync(map: MapLibreMap): (state: AppState) => void {
  const applied = new Map<string, number>();
  let mode: MapMode = 'coverage';
  return (state) => {
    const outreach = state.outreachMap;
    const land = state.places?.land;
    if (outreach && land) {
      for (const piece of land.pieces) {
        const index = OUTREACH_STATES.indexOf(outreach.states.get(land.successorOf(piece.nis)) ?? 'no_information');
        if (applied.get(piece.nis) === index) continue;
        map.setFeatureState({ source: SOURCES.municipalities, id: featureIdOf(piece.nis) }, { [OUTREACH_KEY]: index });
        applied.set(piece.nis, index);
      }
    }
    const next: MapMode = outreach && land ? 'outreach' : 'coverage';
    if (next === mode) return;
    mode = next;
    map.setPaintProperty(municipalityFill.id, 'fill-color', fillColorOf(mode));
    map.once('idle', () => {
      map.getContainer().dataset.mapMode = mode;
    });
    map.triggerRepaint();
  };
}
