import { Suspense } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useAfterDataDrawn } from './map/firstFrame.ts';
import { useAppStore } from './state/store.ts';
import type { Panel } from './state/ui.ts';
import { DataBanner } from './ui/DataBanner.tsx';
import { Details } from './ui/Details.tsx';
import { Filters } from './ui/Filters.tsx';
import { LanguageSelect } from './ui/LanguageSelect.tsx';
import { Legend } from './ui/Legend.tsx';
import { AboutData, ExportPanel, ImportPanel, PrintSheet, RegisterPanel, StatsPanel, TableView } from './ui/lazy.ts';
import { MapDate } from './ui/MapDate.tsx';
import { Search } from './ui/Search.tsx';
import { StorageAlert } from './ui/StorageAlert.tsx';
import { Timeline } from './ui/Timeline.tsx';

/** The header's panel toggles, in order, with the key of each label. */
const PANEL_BUTTONS: readonly (readonly [Exclude<Panel, 'none'>, string])[] = [
  ['table', 'table.toggle'],
  ['stats', 'stats.button'],
  ['export', 'export.button'],
  ['import', 'import.button'],
  ['about', 'about.button'],
  ['register', 'register.button'],
];

/** Where the panels go in the frame of index.html: beside the map, and over it. */
function slot(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no #${id}`);
  return element;
}

/** The interface around the map, which main.ts started in index.html's frame before it. */
export function App() {
  const { t } = useTranslation();
  const panel = useAppStore((s) => s.panel);
  const togglePanel = useAppStore((s) => s.togglePanel);
  const load = useAppStore((s) => s.load);
  const front = useAppStore((s) => s.front);
  const registerAvailable = useAppStore((s) => s.registerAvailable);
  const mapFirst = !useAfterDataDrawn() && load.status !== 'error';

  return (
    <>
      <a className="skip-link" href="#filters">
        {t('app.skip')}
      </a>
      <header className="topbar">
        <div className="brand">
          <h1>{t('app.title')}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
        <Search />
        <nav className="actions" aria-label={t('app.title')}>
          {PANEL_BUTTONS.filter(([name]) => name !== 'register' || registerAvailable).map(([name, label]) => (
            <button key={name} type="button" aria-pressed={panel === name} onClick={() => togglePanel(name)}>
              {t(label)}
            </button>
          ))}
          <LanguageSelect />
        </nav>
      </header>
      {load.status === 'error' && (
        <p className="error-banner" role="alert">
          {t('app.loadError', { message: load.message })}
        </p>
      )}
      <StorageAlert />
      <DataBanner />
      {/* The panels follow the complete map (an empty sidebar keeps its size). */}
      {!mapFirst && (
        <Suspense fallback={null}>
          <PrintSheet />
        </Suspense>
      )}
      {!mapFirst &&
        createPortal(
          <>
            <Filters />
            <Legend />
            <Timeline />
          </>,
          slot('sidebar'),
        )}
      {createPortal(
        <div className={`over-map front-${front}`}>
          {load.status === 'loading' && <p className="loading">{t('app.loading')}</p>}
          {/* A panel opens only when asked for (or by an invitation link), so it does not wait for the map. */}
          <Suspense fallback={null}>
            {panel === 'table' && <TableView />}
            {panel === 'about' && <AboutData />}
            {panel === 'import' && <ImportPanel />}
            {panel === 'stats' && <StatsPanel />}
            {panel === 'export' && <ExportPanel />}
            {panel === 'register' && <RegisterPanel />}
          </Suspense>
          {!mapFirst && <Details />}
          <MapDate />
        </div>,
        slot('stage'),
      )}
    </>
  );
}
