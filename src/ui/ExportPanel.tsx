import { useTranslation } from 'react-i18next';
import { municipalitiesGeojson, tableCsv, zonesGeojson } from '../data/export.ts';
import { COVERAGE } from '../domain/vocabulary.ts';
import { COVERAGE_COLORS } from '../map/colors.ts';
import { mapCanvas } from '../map/MapView.tsx';
import { selectCellsByMunicipality, selectCoverage, selectMatches } from '../state/derived.ts';
import { useAppStore } from '../state/store.ts';
import { download, stamp } from './download.ts';
import { composeMapPng } from './mapPng.ts';
import { useNames } from './names.ts';
import { Panel } from './Panel.tsx';

const ATTRIBUTION =
  '© FPS Finance – AAPD (administrative boundaries) · Statbel · Police zones: Provincies in Cijfers (2025); Open Police platform (2013) with later mergers · Natural Earth · LIVC-R Atlas';
const COLUMNS = [
  'nis',
  'name',
  'province',
  'zone',
  'zoneCode',
  'status',
  'cells',
  'initiatives',
  'population',
] as const;

/** Exports of what is on screen: the same filters, date and language. */
export function ExportPanel() {
  const { t } = useTranslation();
  const names = useNames();
  const isDemo = useAppStore((s) => s.cells.some((c) => c.demo) || s.initiatives.hasDemo);

  const context = () => {
    const s = useAppStore.getState();
    const matches = selectMatches(s);
    return {
      s,
      matched: (s.places?.municipalities ?? []).filter((m) => matches.has(m.nis)),
      geo: {
        coverage: selectCoverage(s),
        cellsByMunicipality: selectCellsByMunicipality(s),
        initiatives: s.initiatives,
        asOf: s.asOf,
      },
    };
  };
  const describeFilters = () => {
    const { filters } = useAppStore.getState();
    const parts = [
      filters.region && names.area(filters.region),
      filters.province && names.area(filters.province),
      filters.zone && names.zone(filters.zone),
      filters.status && t(`coverage.${filters.status}`),
      filters.theme && t(`theme.${filters.theme}`),
    ].filter(Boolean);
    return parts.length ? parts.join(' · ') : t('export.noFilters');
  };
  const fileName = (kind: string, extension: string) =>
    `livcr-${kind}-${names.language}-${stamp(useAppStore.getState().asOf)}.${extension}`;

  const exportCsv = () => {
    const { s, matched, geo } = context();
    const rows = matched.map((m) => ({
      nis: m.nis,
      name: names.municipality(m.nis),
      province: names.area(m.province),
      zone: names.zone(m.zone),
      zoneCode: s.places?.zone.get(m.zone)?.code ?? '',
      status: t(`coverage.${geo.coverage.get(m.nis) ?? 'nodata'}`),
      cells: (geo.cellsByMunicipality.get(m.nis) ?? []).map((c) => c.name).join(' | '),
      initiatives: geo.initiatives.countIn(m.nis),
      population: m.population,
    }));
    rows.sort((a, b) => names.compare(a.name, b.name));
    const csv = tableCsv(
      COLUMNS.map((c) => t(`columns.${c}`)),
      rows,
    );
    download(fileName('municipalities', 'csv'), new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  };
  const exportGeojson = (kind: 'municipalities' | 'zones') => {
    const { s, matched, geo } = context();
    if (!s.geometry || !s.places) return;
    const include = new Set(matched.map((m) => m.nis));
    const places = s.places;
    const collection =
      kind === 'municipalities'
        ? municipalitiesGeojson(
            s.geometry.municipalities.features.filter((f) => include.has(String(f.id).padStart(5, '0'))),
            places.municipality,
            (m) => names.municipality(m.nis),
            geo,
          )
        : zonesGeojson(s.geometry.topology, places.lookup.zones, include, (z) => names.zone(z.id), geo);
    download(fileName(kind, 'geojson'), new Blob([JSON.stringify(collection)], { type: 'application/geo+json' }));
  };
  const exportPng = async () => {
    const canvas = mapCanvas();
    if (!canvas) return;
    const { geo, matched } = context();
    const asOf = useAppStore.getState().asOf;
    const lines = [
      `${t('export.filters')}: ${describeFilters()}`,
      asOf ? t('export.asOf', { date: asOf }) : t('timeline.latest'),
    ];
    if (isDemo) lines[1] = `${lines[1]} · ${t('banner.demo').split(':')[0]}`;
    const blob = await composeMapPng(canvas, {
      title: `${t('export.title')} – ${t('filters.count', { count: matched.length, total: useAppStore.getState().places?.municipalities.length ?? 0 })}`,
      lines,
      legendTitle: t('legend.heading'),
      legend: COVERAGE.map((c) => ({
        color: COVERAGE_COLORS[c],
        label: t(`coverage.${c}`),
        count: matched.filter((m) => (geo.coverage.get(m.nis) ?? 'nodata') === c).length,
      })),
      attribution: ATTRIBUTION,
    });
    download(fileName('map', 'png'), blob);
  };

  return (
    <Panel title={t('export.heading')} className="export">
      <p>{t('export.intro')}</p>
      <div className="export-buttons">
        <button type="button" onClick={exportCsv}>
          {t('export.csv')}
        </button>
        <button type="button" onClick={() => void exportPng()}>
          {t('export.png')}
        </button>
        <button type="button" onClick={() => exportGeojson('municipalities')}>
          {t('export.municipalities')}
        </button>
        <button type="button" onClick={() => exportGeojson('zones')}>
          {t('export.zones')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('export.print')}
        </button>
      </div>
    </Panel>
  );
}
