import { Suspense, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statementDate } from '../domain/coverage.ts';
import { isBefore2019, vintageOf } from '../domain/land.ts';
import { selectView } from '../state/derived.ts';
import { useAppStore } from '../state/store.ts';
import { TimelineFigure } from './lazy.ts';

const FIRST_YEAR = 2016; // the Mobile Team started in May 2016
const today = () => new Date().toISOString().slice(0, 10);
const monthsBetween = (from: number, to: string) => (Number(to.slice(0, 4)) - from) * 12 + Number(to.slice(5, 7)) - 1;
const monthStart = (from: number, index: number) =>
  `${from + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;

/** A date slider over coverage since the first cell; the map, counts and statistics follow it. */
export function Timeline() {
  const { t } = useTranslation();
  const id = useId();
  const cells = useAppStore((s) => s.cells);
  const asOf = useAppStore((s) => s.asOf);
  const setAsOf = useAppStore((s) => s.setAsOf);
  const total = useAppStore((s) => selectView(s).total);
  const [playing, setPlaying] = useState(false);
  const end = today();
  const from = useMemo(() => {
    const dates = cells
      .map(statementDate)
      .filter((d): d is string => !!d)
      .sort();
    return Math.max(FIRST_YEAR, Number((dates[0] ?? `${FIRST_YEAR}`).slice(0, 4)));
  }, [cells]);
  const last = monthsBetween(from, end) + 1;
  const position = asOf ? Math.min(last, Math.max(0, monthsBetween(from, asOf))) : last;
  const choose = (date: string) => setAsOf(date >= end ? '' : date);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const { asOf: current } = useAppStore.getState();
      const year = current ? Number(current.slice(0, 4)) + 1 : from;
      if (`${year}-01-01` > end) {
        setPlaying(false);
        setAsOf('');
      } else setAsOf(`${year}-01-01`);
    }, 900);
    return () => clearInterval(timer);
  }, [playing, from, end, setAsOf]);

  return (
    <section className="timeline" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('timeline.heading')}</h2>
      <div className="timeline-row">
        <label htmlFor={`${id}-date`}>{t('timeline.asOf')}</label>
        <input
          id={`${id}-date`}
          type="date"
          min={`${from}-01-01`}
          max={end}
          value={asOf || end}
          onChange={(e) => e.target.value && choose(e.target.value)}
        />
        <button type="button" onClick={() => setPlaying(!playing)} aria-pressed={playing}>
          {playing ? t('timeline.pause') : t('timeline.play')}
        </button>
      </div>
      <p className="timeline-base" data-testid="timeline-base">
        {t('land.base', { count: total, year: vintageOf(asOf) })}
        {isBefore2019(asOf) && ` (${t('land.boundaries2019')})`}
      </p>
      <input
        className="timeline-slider"
        type="range"
        aria-label={t('timeline.slider')}
        aria-valuetext={asOf || t('timeline.latest')}
        min={0}
        max={last}
        value={position}
        onChange={(e) => {
          const index = Number(e.target.value);
          choose(index >= last ? end : monthStart(from, index));
        }}
      />
      {/* The space the chart will take (its viewBox), so the sidebar does not move when it comes. */}
      <Suspense fallback={<div className="timeline-chart-space" />}>
        <TimelineFigure from={from} end={end} asOf={asOf} />
      </Suspense>
    </section>
  );
}
