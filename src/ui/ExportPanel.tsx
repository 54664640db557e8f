import { useTranslation } from 'react-i18next';
import { municipalitiesGeojson, tableCsv, zonesGeojson } from '../data/export.ts';
import { attributionText } from '../domain/attribution.ts';
import { municipalityRows } from '../domain/rows.ts';
import { type Origin, originKind } from '../domain/types.ts';
import { COVERAGE, type Coverage } from '../domain/vocabulary.ts';
import { boundsOf } from '../map/camera.ts';
import { COVERAGE_COLORS } from '../map/colors.ts';
import { mapCanvas, mapSnapshot } from '../map/mount.ts';
import { selectOriginKinds, selectPlaces, selectView } from '../state/derived.ts';
import { useAppStore } from '../state/store.ts';
import { download } from './download.ts';
import { type ExportKind, exportDateLine, exportFileName } from './exportNames.ts';
import { useFilterSummary } from './filterSummary.ts';
import { composeMapPng } from './mapPng.ts';
import { useNames } from './names.ts';
import { Panel } from './Panel.tsx';
import { setPrintImage } from './PrintSheet.tsx';

const COLUMNS = [
  'nis',
  'name',
  'province',
  'zone',
  'zoneCode',
  'status',
  'cells',
  'statementDate',
  'source',
  'origin',
  'initiatives',
  'population',
] as const;

/** Exports of what is on screen: the same filters, date and language. */
export function ExportPanel() {
  const { t } = useTranslation();
  const names = useNames();
  const examples = useAppStore((s) => selectOriginKinds(s).has('examples'));

  const originText = (origin: Origin) => {
    const kind = originKind(origin);
    return kind === 'file'
      ? t('facts.statement.origin.file', { name: origin.slice(5) })
      : t(`facts.statement.origin.${kind}`);
  };
  const filterSummary = useFilterSummary();
  const fileName = (kind: ExportKind, extension: string) =>
    exportFileName(t, kind, extension, { asOf: useAppStore.getState().asOf, language: names.language, examples });

  const exportCsv = () => {
    const s = useAppStore.getState();
    const rows = municipalityRows(selectView(s), (id) => s.places?.zone.get(id)?.code ?? null, names);
    rows.sort((a, b) => names.compare(a.name, b.name));
    const header = COLUMNS.map((c) => t(`columns.${c}`));
    const text = { coverage: (c: Coverage) => t(`coverage.${c}`), origin: originText };
    // Belgian Excel reads ';' in Dutch, French and German settings, ',' in English ones.
    const csv = tableCsv(header, rows, text, names.language === 'en' ? ',' : ';');
    download(fileName('municipalities', 'csv'), new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  };
  const exportGeojson = (kind: 'municipalities' | 'zones') => {
    const s = useAppStore.getState();
    if (!s.geometry || !s.places) return;
    const view = selectView(s);
    const collection =
      kind === 'municipalities'
        ? municipalitiesGeojson(
            s.geometry.municipalities.features,
            selectPlaces(s)?.municipality ?? s.places.municipality,
            (m) => names.municipality(m.nis),
            view,
          )
        : zonesGeojson(s.geometry.topology, s.places.lookup.zones, (z) => names.zone(z.id), view);
    download(fileName(kind, 'geojson'), new Blob([JSON.stringify(collection)], { type: 'application/geo+json' }));
  };
  const exportPng = async () => {
    const canvas = mapCanvas();
    if (!canvas) return;
    const view = selectView(useAppStore.getState());
    const asOf = view.asOf;
    const lines = [`${t('export.filters')}: ${filterSummary}`, exportDateLine(t, asOf, names.language)];
    if (examples) lines.unshift(t('facts.examples.label'));
    const blob = await composeMapPng(canvas, {
      title: `${t('export.title')} – ${t('filters.count', { count: view.matched.length, total: view.total })}`,
      lines,
      legendTitle: t('legend.heading'),
      legend: COVERAGE.map((c) => ({
        color: COVERAGE_COLORS[c],
        label: t(`coverage.${c}`),
        count: view.classCounts[c],
      })),
      attribution: attributionText(t('about.credit'), names.language),
    });
    download(fileName('map', 'png'), blob);
  };

  // Fit the map to what is shown, keep that picture for the printed page, then print.
  const printMap = async () => {
    const image = await mapSnapshot(boundsOf(selectView(useAppStore.getState()).matched));
    if (image) setPrintImage(image);
    window.print();
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
        <button type="button" onClick={() => void printMap()}>
          {t('export.print')}
        </button>
      </div>
    </Panel>
  );
}
