import { lazy } from 'react';

/**
 * What the first view does not show, each in its own chunk: fetched when first opened, so the
 * JavaScript evaluated before the first map is MapLibre, React and the sidebar.
 */
export const TableView = lazy(() => import('./TableView.tsx').then((m) => ({ default: m.TableView })));
export const StatsPanel = lazy(() => import('./StatsPanel.tsx').then((m) => ({ default: m.StatsPanel })));
export const ExportPanel = lazy(() => import('./ExportPanel.tsx').then((m) => ({ default: m.ExportPanel })));
export const ImportPanel = lazy(() => import('./ImportPanel.tsx').then((m) => ({ default: m.ImportPanel })));
export const AboutData = lazy(() => import('./AboutData.tsx').then((m) => ({ default: m.AboutData })));
export const Fiche = lazy(() => import('./Fiche.tsx').then((m) => ({ default: m.Fiche })));
export const PrintSheet = lazy(() => import('./PrintSheet.tsx').then((m) => ({ default: m.PrintSheet })));
export const TimelineFigure = lazy(() => import('./TimelineFigure.tsx').then((m) => ({ default: m.TimelineFigure })));
export const RegisterPanel = lazy(() => import('./RegisterPanel.tsx').then((m) => ({ default: m.RegisterPanel })));
export const Guide = lazy(() => import('./Guide.tsx').then((m) => ({ default: m.Guide })));
