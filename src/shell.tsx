import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { initI18n } from './i18n/index.ts';
import { bindInteraction } from './map/interaction.ts';
import { useAppStore } from './state/store.ts';
import { Fiche } from './ui/lazy.ts';

/**
 * The interface, loaded by the entry beside the map: the translations, then React in the frame
 * of index.html, and the map's controls and hover. A fiche (`?fiche=`) is a page of its own.
 */
export function startShell(fiche: string | null): void {
  const i18n = initI18n(useAppStore.getState().language);
  useAppStore.subscribe((state, previous) => {
    if (state.language !== previous.language) void i18n.changeLanguage(state.language);
  });
  const root = document.getElementById('root');
  const top = document.getElementById('top');
  if (!root || !top) throw new Error('index.html has no #root or #top');
  if (fiche) {
    root.className = '';
    root.replaceChildren();
    createRoot(root).render(
      <StrictMode>
        <Suspense fallback={null}>
          <Fiche nis={fiche} />
        </Suspense>
      </StrictMode>,
    );
    return;
  }
  bindInteraction(useAppStore);
  createRoot(top).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
