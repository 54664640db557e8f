import type { MapLayerMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import { placeName } from '../i18n/content.ts';
import type { useAppStore } from '../state/store.ts';
import { municipalityFill, SOURCES } from './layers.ts';

/** Map → store: hover highlights and names a municipality, a click selects it. */
export function bindMapEvents(map: MapLibreMap, store: typeof useAppStore, tooltip: HTMLElement): () => void {
  let hovered: number | undefined;
  const setHover = (id: number | undefined) => {
    if (hovered === id) return;
    if (hovered !== undefined) map.setFeatureState({ source: SOURCES.municipalities, id: hovered }, { hover: false });
    if (id !== undefined) map.setFeatureState({ source: SOURCES.municipalities, id }, { hover: true });
    hovered = id;
  };
  const nisOf = (event: MapLayerMouseEvent) => {
    const id = event.features?.[0]?.id;
    return id === undefined ? undefined : String(id).padStart(5, '0');
  };

  const onMove = (event: MapLayerMouseEvent) => {
    const nis = nisOf(event);
    const { places, language } = store.getState();
    const municipality = nis ? places?.municipality.get(nis) : undefined;
    setHover(municipality ? Number(municipality.nis) : undefined);
    map.getCanvas().style.cursor = municipality ? 'pointer' : '';
    if (!municipality) {
      tooltip.hidden = true;
      return;
    }
    tooltip.textContent = placeName(municipality, language);
    tooltip.style.transform = `translate(${event.point.x + 12}px, ${event.point.y + 12}px)`;
    tooltip.hidden = false;
  };
  const onLeave = () => {
    setHover(undefined);
    map.getCanvas().style.cursor = '';
    tooltip.hidden = true;
  };
  const onClick = (event: MapLayerMouseEvent) => {
    const nis = nisOf(event);
    if (nis && store.getState().places?.municipality.has(nis)) store.getState().select(nis);
  };

  map.on('mousemove', municipalityFill.id, onMove);
  map.on('mouseleave', municipalityFill.id, onLeave);
  map.on('click', municipalityFill.id, onClick);
  return () => {
    map.off('mousemove', municipalityFill.id, onMove);
    map.off('mouseleave', municipalityFill.id, onLeave);
    map.off('click', municipalityFill.id, onClick);
  };
}
