import { parseIsoDay } from '../domain/dates.ts';
import { type Filters, NO_FILTERS } from '../domain/filters.ts';
import { sameLandAt } from '../domain/land.ts';
import type { Places } from '../domain/places.ts';
import type { Language } from '../domain/types.ts';
import { COVERAGE, isOneOf, THEMES } from '../domain/vocabulary.ts';
import { isLanguage } from '../i18n/languages.ts';
import type { ShippedContent } from './dataset.ts';
import { type GuideState, parseGuide, serializeGuide } from './guide.ts';
import type { RegisterLink } from './registerSlice.ts';
import { shippedContent } from './shipped.ts';
import type { AppState, useAppStore } from './store.ts';
import type { Camera } from './ui.ts';

/**
 * What the address bar holds: ?region=&province=&zone=&status=&theme=&m=<NIS>&lang=&asof=
 * &at=<zoom>/<lat>/<lng>, data=examples for the generated examples and, for a printable
 * municipality fiche, fiche=<NIS>. A register's invitation link adds invitation=<token>: read
 * once, never written back, so the one-time secret leaves the address bar. The guide of
 * initiatives adds guide=<facets>&q=<search> (state/guide.ts).
 */
export interface UrlState {
  filters: Filters;
  selected: string | null;
  language: Language | null;
  asOf: string;
  fiche?: string | null;
  /** Only `examples` is ever written: the public facts are the default. */
  content?: ShippedContent | null;
  camera?: Camera | null;
  invitation?: string | null;
  guide?: GuideState | null;
  /** A register's mailed link: ?reset=<token> or ?access=<token>, read once like an invitation. */
  registerLink?: RegisterLink | null;
}

const FILTER_KEYS = ['region', 'province', 'zone', 'status', 'theme'] as const;

/** `at=zoom/lat/lng`, as map sites write it; anything out of range is ignored. */
export function parseCamera(value: string | null): Camera | null {
  const parts = (value ?? '').split('/');
  if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return null;
  const [zoom = Number.NaN, lat = Number.NaN, lng = Number.NaN] = parts.map(Number);
  if (!(zoom >= 0 && zoom <= 24 && Math.abs(lat) <= 85 && Math.abs(lng) <= 180)) return null;
  return { zoom, lat, lng };
}

/** Two decimals of zoom and five of degrees (about a metre): the same view, a short link. */
export const formatCamera = ({ zoom, lat, lng }: Camera) =>
  `${Number(zoom.toFixed(2))}/${Number(lat.toFixed(5))}/${Number(lng.toFixed(5))}`;

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const filters: Filters = { ...NO_FILTERS };
  for (const key of ['region', 'province', 'zone'] as const) filters[key] = params.get(key) ?? '';
  const status = (params.get('status') ?? '').split(',');
  const theme = params.get('theme') ?? '';
  // In the order of the legend, each once: equal views give equal links.
  filters.status = COVERAGE.filter((c) => status.includes(c));
  if (isOneOf(THEMES, theme)) filters.theme = theme;
  const lang = params.get('lang');
  const asOf = params.get('asof') ?? '';
  return {
    filters,
    selected: params.get('m') || null,
    language: isLanguage(lang) ? lang : null,
    asOf: parseIsoDay(asOf) ?? '',
    fiche: params.get('fiche') || null,
    content: params.get('data') === 'examples' ? 'examples' : null,
    camera: parseCamera(params.get('at')),
    ...(params.has('guide') ? { guide: parseGuide(params.get('guide'), params.get('q')) } : {}),
    ...(params.get('invitation') ? { invitation: params.get('invitation') } : {}),
    ...(params.get('reset') ? { registerLink: { kind: 'reset', token: params.get('reset') ?? '' } } : {}),
    ...(params.get('access') ? { registerLink: { kind: 'access', token: params.get('access') ?? '' } } : {}),
  };
}

/** Drops what names no known place (a stale or mistyped link) instead of showing nothing. */
export function sanitizeUrlState(state: UrlState, places: Places): UrlState {
  const filters = { ...state.filters };
  if (!places.region.has(filters.region)) filters.region = '';
  if (!places.province.has(filters.province)) filters.province = '';
  if (!places.zone.has(filters.zone)) filters.zone = '';
  // A municipality of 2019–2024 is known too: a link at a date before 2025 names one. A link that
  // names one of another date opens the municipality of its date on that land (land.ts).
  const selected = (state.selected && sameLandAt(places.land, state.selected, state.asOf)) || null;
  return { ...state, filters, selected };
}

export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value.length > 0) params.set(key, typeof value === 'string' ? value : value.join(','));
  }
  if (state.selected) params.set('m', state.selected);
  if (state.language) params.set('lang', state.language);
  if (state.asOf) params.set('asof', state.asOf);
  if (state.fiche) params.set('fiche', state.fiche);
  if (state.content === 'examples') params.set('data', 'examples');
  if (state.camera) params.set('at', formatCamera(state.camera));
  if (state.guide) params.set('guide', serializeGuide(state.guide));
  if (state.guide?.query) params.set('q', state.guide.query);
  // A slash or colon needs no escaping in a query, and `at=9/50.9/5.3` reads better than with %2F.
  const query = params.toString().replace(/%2F/gi, '/').replace(/%3A/gi, ':');
  return query ? `?${query}` : '';
}

/** The view on screen as the address bar holds it. */
function urlStateOf(state: AppState, fiche: string | null = null, asked?: UrlState['content']): UrlState {
  const { filters, selected, language, asOf, camera, guide } = state;
  const content = shippedContent(state, asked ?? undefined);
  return { filters, selected, language, asOf, content, fiche, camera, guide };
}

/** Every internal link: the view on screen, with a fiche or without one. */
export const ficheHref = (state: AppState, nis: string) => serializeUrlState(urlStateOf(state, nis)) || '?';
export const mapHref = (state: AppState, nis: string | null) =>
  serializeUrlState({ ...urlStateOf(state), selected: nis }) || '?';

/** Mirrors the store into the address bar, debounced, with replaceState (no history spam). */
export function startUrlSync(store: typeof useAppStore, delayMs = 150): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Whether a write is due, on the root element: a test reloads the page only once it is written.
  const pending = (due: boolean) => {
    document.documentElement.dataset.urlPending = String(due);
  };
  const write = () => {
    pending(false);
    // Until the data worker says what it shows, the link keeps the content it asked for.
    const { fiche = null, content } = parseUrlState(location.search);
    const query = serializeUrlState(urlStateOf(store.getState(), fiche, content));
    if (query !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      (['filters', 'selected', 'language', 'asOf', 'dataState', 'camera', 'guide'] as const).every(
        (k) => state[k] === previous[k],
      )
    )
      return;
    clearTimeout(timer);
    pending(true);
    timer = setTimeout(write, delayMs);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
