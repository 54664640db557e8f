import { dataClient } from './data/client.ts';
import { browserLanguage } from './i18n/languages.ts';
import { startAtlasSourceWorker } from './map/atlasSourceClient.ts';
import { handOverFirstMap, painted } from './map/firstMap.ts';
import { mountMap } from './map/mount.ts';
import { startMapWorkers } from './map/worker-url.ts';
import { boot, whenAtlasDecided, whenFirstMapSettled } from './state/boot.ts';
import { bindFileDrop } from './state/fileDrop.ts';
import { startRegister } from './state/registerSlice.ts';
import { startupOf } from './state/startup.ts';
import { useAppStore } from './state/store.ts';
import { parseUrlState, startUrlSync } from './state/url.ts';
// Cascade order: base, frame, panels, phone, features, map, print.
import './ui/styles/base.css';
import './ui/styles/layout.css';
import './ui/styles/panels.css';
import './ui/styles/phone.css';
import './ui/styles/import.css';
import './ui/styles/insight.css';
import './ui/styles/guide.css';
import './ui/styles/map.css';
import './ui/styles/print.css';

/*
 * The entry starts the map and the data without React: MapLibre, the store and the data worker
 * are all the first coloured map needs. The interface (React, the translations, the panels)
 * loads beside them as a chunk of its own and fills the frame in index.html after that map.
 */
const url = parseUrlState(location.search);
const language = url.language ?? browserLanguage(navigator.languages);
const store = useAppStore.getState();
store.setLanguage(language);
store.setCamera(url.camera ?? null); // read once, when the map is made
if (url.invitation) {
  store.setInvitation(url.invitation);
  store.setPanel('register');
}
if (url.guide) store.openGuide(url.guide);
if (url.registerLink) {
  store.setRegisterLink(url.registerLink);
  store.setPanel('register');
}
document.documentElement.lang = language;
useAppStore.subscribe((state, previous) => {
  if (state.language !== previous.language) document.documentElement.lang = state.language;
});
startUrlSync(useAppStore);
startMapWorkers();
bindFileDrop();
const fiche = url.fiche ?? null;
const firstMapShown = handOverFirstMap(useAppStore);
// A fiche has no map: nothing waits for one.
if (fiche) startupOf(useAppStore).skipMap();
// The data's fetches first: making the map holds the main thread for a while.
void boot(dataClient, import.meta.env.BASE_URL, url);
void startRegister(useAppStore.getState().setRegister);
const map = document.querySelector<HTMLElement>('[data-testid="map"]');
function startMap(container: HTMLElement) {
  try {
    mountMap(container, useAppStore);
  } catch (error) {
    // No WebGL, say: the rest of the atlas (table, statistics, details) still works without it.
    console.warn('The map could not start:', error);
    startupOf(useAppStore).skipMap();
  }
}
// When index.html shows the first map, it is painted before the map is made: making the map
// holds the main thread, and the GPU process on a PC without one, for a second or more, and the
// SVG's first paint came after it (1.4–1.9 s on a desk, where the HTML is parsed in 0.3 s).
// The map is made once the atlas is in (the places and the geometry arrive long before this
// script, whose bytes are far more): the worker that builds its source (map/atlasSourceClient.ts)
// then runs while the map is made, rather than after it (phone profile: ~0.3 s of the main thread).
if (!fiche && map) {
  startAtlasSourceWorker();
  const shown = firstMapShown ? painted(1000) : undefined;
  void Promise.all([shown, whenAtlasDecided()]).then(() => startMap(map));
}
// Fetched and rendered once the map is painted (or will wait for the data): its bytes, and
// React's first render, would delay that frame (on a phone the chunk takes the geometry's bandwidth).
void whenFirstMapSettled()
  .then(() => import('./shell.tsx'))
  .then(({ startShell }) => startShell(fiche));
