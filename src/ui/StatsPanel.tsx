import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { computeStats, type Stats, statsBy } from '../domain/stats.ts';
import { CELL_LEVELS, CELL_STATUSES, COVERAGE, THEMES } from '../domain/vocabulary.ts';
import { formatNumber } from '../i18n/format.ts';
import { COVERAGE_COLORS } from '../map/colors.ts';
import { selectView } from '../state/derived.ts';
import { useAppStore } from '../state/store.ts';
import { BarTable } from './BarTable.tsx';
import { useNames } from './names.ts';
import { Panel } from './Panel.tsx';
import { PublishedCounts } from './PublishedCounts.tsx';

type Breakdown = 'region' | 'province' | 'zone';
const percent = (part: number, whole: number) => (whole ? part / whole : 0);

/** Bars of cell counts by level or status; each cell has one of each, so the counts sum to all cells. */
function cellBars<K extends string>(keys: readonly K[], counts: Record<K, number>, label: (key: K) => string) {
  const total = keys.reduce((sum, key) => sum + counts[key], 0);
  return keys.map((key) => ({ key, label: label(key), value: counts[key], share: percent(counts[key], total) }));
}

/** Coverage, population, cells and initiatives for the current filter, and per area. */
export function StatsPanel() {
  const { t } = useTranslation();
  const id = useId();
  const names = useNames();
  const view = useAppStore(selectView);
  const setFilter = useAppStore((s) => s.setFilter);
  const [breakdown, setBreakdown] = useState<Breakdown>('province');
  const set = view.matched;
  const stats: Stats = useMemo(() => computeStats(set, view), [set, view]);
  const groups = useMemo(() => statsBy(breakdown, set, view), [breakdown, set, view]);
  const pct = (share: number) => formatNumber(share, names.language, 'percent');
  const number = (n: number) => formatNumber(n, names.language);
  const byCoverage = COVERAGE.map((c) => ({
    key: c,
    label: t(`coverage.${c}`),
    value: view.classCounts[c],
  }));
  const maxOf = (values: number[]) => Math.max(1, ...values);
  const areaName = (key: string) => (breakdown === 'zone' ? names.zone(key) : names.area(key));

  return (
    <Panel title={t('stats.heading')} className="stats">
      <p className="meta">{t('stats.scope', { count: set.length })}</p>
      <dl className="facts big">
        <dt>{t('stats.covered')}</dt>
        <dd>
          {number(stats.covered)} / {number(stats.municipalities)} ({pct(percent(stats.covered, stats.municipalities))})
        </dd>
        <dt>{t('stats.populationCovered')}</dt>
        <dd>
          {number(stats.populationCovered)} / {number(stats.population)} (
          {pct(percent(stats.populationCovered, stats.population))})
        </dd>
      </dl>
      <PublishedCounts computed={{ cells: stats.cells, covered: stats.covered }} />
      <BarTable
        caption={t('stats.byCoverage')}
        header={[t('filters.status'), t('stats.count')]}
        bars={byCoverage.map((b) => ({
          ...b,
          share: b.value / maxOf(byCoverage.map((x) => x.value)),
          color: COVERAGE_COLORS[b.key],
          onChoose: () => setFilter('status', [b.key]),
          chooseLabel: t('stats.applyFilter', { name: b.label }),
        }))}
      />
      <BarTable
        caption={t('stats.byLevel')}
        header={[t('stats.cells'), t('stats.count')]}
        bars={cellBars(CELL_LEVELS, stats.cellsByLevel, (l) => t(`level.${l}`))}
      />
      <BarTable
        caption={t('stats.byStatus')}
        header={[t('stats.cells'), t('stats.count')]}
        bars={cellBars(CELL_STATUSES, stats.cellsByStatus, (s) => t(`status.${s}`))}
      />
      <BarTable
        caption={t('stats.byTheme')}
        header={[t('filters.theme'), t('stats.count')]}
        bars={THEMES.map((th) => ({
          key: th,
          label: t(`theme.${th}`),
          value: stats.initiativesByTheme[th],
          share: stats.initiativesByTheme[th] / maxOf(Object.values(stats.initiativesByTheme)),
          onChoose: () => setFilter('theme', th),
          chooseLabel: t('stats.applyFilter', { name: t(`theme.${th}`) }),
        }))}
      />
      <div className="field">
        <label htmlFor={`${id}-by`}>{t('stats.breakdown')}</label>
        <select id={`${id}-by`} value={breakdown} onChange={(e) => setBreakdown(e.target.value as Breakdown)}>
          {(['region', 'province', 'zone'] as const).map((b) => (
            <option key={b} value={b}>
              {t(`stats.${b}`)}
            </option>
          ))}
        </select>
      </div>
      <BarTable
        caption={`${t('stats.covered')} · ${t(`stats.${breakdown}`)}`}
        header={[t('stats.area'), t('stats.share')]}
        bars={groups
          .map((g) => ({
            key: g.id,
            label: areaName(g.id),
            value: g.stats.covered,
            share: percent(g.stats.covered, g.stats.municipalities),
            shown: `${g.stats.covered}/${g.stats.municipalities} · ${pct(percent(g.stats.populationCovered, g.stats.population))} pop.`,
            onChoose: () => setFilter(breakdown, g.id),
            chooseLabel: t('stats.applyFilter', { name: areaName(g.id) }),
          }))
          .sort((a, b) => names.compare(a.label, b.label))}
      />
    </Panel>
  );
}
