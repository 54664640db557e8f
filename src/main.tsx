import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { dataClient } from './data/client.ts';
import { browserLanguage, initI18n } from './i18n/index.ts';
import { startMapWorkers } from './map/worker-url.ts';
import { boot } from './state/boot.ts';
import { startRegister } from './state/register.ts';
import { useAppStore } from './state/store.ts';
import { parseUrlState, startUrlSync } from './state/url.ts';
// Cascade order: base, frame, panels, phone, features, map, print.
import './ui/styles/base.css';
import './ui/styles/layout.css';
import './ui/styles/panels.css';
import './ui/styles/phone.css';
import './ui/styles/import.css';
import './ui/styles/insight.css';
import './ui/styles/map.css';
import './ui/styles/print.css';

const url = parseUrlState(location.search);
const language = url.language ?? browserLanguage(navigator.languages);
useAppStore.getState().setLanguage(language);
useAppStore.getState().setCamera(url.camera ?? null); // read once, when the map is made
if (url.invitation) {
  useAppStore.getState().setInvitation(url.invitation);
  useAppStore.getState().setPanel('register');
}
const i18n = initI18n(language);
document.documentElement.lang = language;
useAppStore.subscribe((state, previous) => {
  if (state.language === previous.language) return;
  void i18n.changeLanguage(state.language);
  document.documentElement.lang = state.language;
});
startUrlSync(useAppStore);
startMapWorkers();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App fiche={url.fiche ?? null} />
  </StrictMode>,
);
void boot(dataClient(), import.meta.env.BASE_URL);
void startRegister(useAppStore.getState().setRegister);
