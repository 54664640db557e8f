import { Suspense, useDeferredValue } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { dataDrawn, isLoading } from './state/startup.ts';
import { useAppStore } from './state/store.ts';
import { DataBanner } from './ui/DataBanner.tsx';
import { Details } from './ui/Details.tsx';
import { Filters } from './ui/Filters.tsx';
import { HeaderActions } from './ui/HeaderActions.tsx';
import { Legend } from './ui/Legend.tsx';
import {
  AboutData,
  ExportPanel,
  Guide,
  ImportPanel,
  PrintSheet,
  RegisterPanel,
  StatsPanel,
  TableView,
} from './ui/lazy.ts';
import { MapDate } from './ui/MapDate.tsx';
import { Search } from './ui/Search.tsx';
import { StorageAlert } from './ui/StorageAlert.tsx';
import { Timeline } from './ui/Timeline.tsx';
import { useEscapeTop } from './ui/useEscapeTop.ts';

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
  const phase = useAppStore((s) => s.startup.phase);
  const loading = useAppStore(isLoading);
  const loadError = useAppStore((s) => s.startup.message);
  const front = useAppStore((s) => s.front);
  const guideOpen = useAppStore((s) => s.guide !== null);
  // The panels render after the complete map, in a deferred (interruptible) render, so that React
  // rendering them does not stand between the data and the coloured map on the main thread.
  const mapFirst = !useDeferredValue(useAppStore(dataDrawn));
  useEscapeTop();

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
        <HeaderActions />
      </header>
      {phase === 'error' && (
        <p className="error-banner" role="alert">
          {t('app.loadError', { message: loadError })}
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
          {loading && <p className="loading">{t('app.loading')}</p>}
          {/* A panel opens only when asked for (or by an invitation link), so it does not wait for the map. */}
          <Suspense fallback={null}>
            {panel === 'table' && <TableView />}
            {panel === 'about' && <AboutData />}
            {panel === 'import' && <ImportPanel />}
            {panel === 'stats' && <StatsPanel />}
            {panel === 'export' && <ExportPanel />}
            {panel === 'register' && <RegisterPanel />}
            {guideOpen && <Guide />}
          </Suspense>
          {!mapFirst && <Details />}
          <MapDate />
        </div>,
        slot('stage'),
      )}
    </>
  );
}
