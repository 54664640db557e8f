import type { useAppStore } from '../state/store.ts';
import { bindControls } from './controls.ts';
import { bindMapEvents } from './events.ts';
import { bindMatchedLabels } from './matchedLabels.ts';
import { currentMap } from './mount.ts';

/**
 * The map's controls, hover tooltip and click, once the interface and its translations are in
 * (shell.tsx): the map itself starts before them. MapLibre looks up a layer's listeners when an
 * event comes, so they can be bound before the atlas's layers exist.
 */
export function bindInteraction(store: typeof useAppStore): void {
  const map = currentMap();
  const tooltip = map?.getContainer().parentElement?.querySelector<HTMLElement>('.map-tooltip');
  if (!map || !tooltip) return;
  const stops = [bindControls(map, store), bindMapEvents(map, store, tooltip), bindMatchedLabels(map, store)];
  map.once('remove', () => {
    for (const stop of stops) stop();
  });
}
