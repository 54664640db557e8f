import i18next from 'i18next';
import { AttributionControl, type IControl, type Map as MapLibreMap, NavigationControl } from 'maplibre-gl';
import { mapAttribution } from '../domain/attribution.ts';
import type { Language } from '../domain/types.ts';
import { MAPLIBRE_LOCALES } from '../i18n/maplibre.ts';
import type { useAppStore } from '../state/store.ts';
import { fitBelgium } from './camera.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** A button in MapLibre's control style that brings the whole of Belgium back into view. */
class HomeControl implements IControl {
  private container?: HTMLElement;
  constructor(
    private readonly title: string,
    private readonly onClick: () => void,
  ) {}

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'livcr-ctrl-home';
    button.title = this.title;
    button.setAttribute('aria-label', this.title);
    button.addEventListener('click', this.onClick);
    const icon = document.createElementNS(SVG, 'svg');
    icon.setAttribute('viewBox', '0 0 24 24');
    icon.setAttribute('aria-hidden', 'true');
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5');
    icon.append(path);
    button.append(icon);
    container.append(button);
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.container?.remove();
  }
}

/**
 * MapLibre's attribution as an ⓘ that opens it: MapLibre's compact mode starts open (and on a
 * phone covered the south of Belgium); this one starts, and comes back after a resize, closed.
 */
class ClosedAttribution extends AttributionControl {
  constructor(customAttribution: string) {
    super({ compact: true, customAttribution });
    const update = this._updateCompact;
    this._updateCompact = () => {
      const wasCompact = this._container.classList.contains('maplibregl-compact');
      update();
      if (!wasCompact) this._updateCompactMinimize();
    };
  }
}

/**
 * MapLibre's controls, in the interface language. MapLibre reads its `locale` option when the map
 * is made and each control reads it when added, and has no setter: on a language change the table
 * is replaced (the `_locale` field, as MapLibre's locale-switching guide does) and the controls
 * are added again. The home button's title comes from the app's own translations.
 */
export function bindControls(map: MapLibreMap, store: typeof useAppStore): () => void {
  let controls: IControl[] = [];
  const install = (language: Language) => {
    for (const control of controls) map.removeControl(control);
    map._locale = { ...map._locale, ...MAPLIBRE_LOCALES[language] };
    map.getCanvas().setAttribute('aria-label', MAPLIBRE_LOCALES[language]['Map.Title'] ?? 'Map');
    map.getContainer().setAttribute('aria-label', i18next.t('map.label', { lng: language }));
    const home = new HomeControl(i18next.t('map.home', { lng: language }), () =>
      fitBelgium(map, !!store.getState().selected),
    );
    const navigation = new NavigationControl({ showCompass: false });
    const attribution = new ClosedAttribution(mapAttribution(language));
    map.addControl(navigation, 'top-right');
    map.addControl(home, 'top-right');
    map.addControl(attribution, 'bottom-right');
    controls = [navigation, home, attribution];
  };
  install(store.getState().language);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.language !== previous.language) install(state.language);
  });
  // Called when the map is removed, which removes the controls itself.
  return unsubscribe;
}
