import { useTranslation } from 'react-i18next';
import { baseOfPublished } from '../domain/land.ts';
import type { PublishedCount } from '../domain/published.ts';
import type { TimelinePoint } from '../domain/stats.ts';
import { formatNumber } from '../i18n/format.ts';
import { useAppStore } from '../state/store.ts';

const W = 280;
const H = 130;
const PAD = { left: 30, right: 8, top: 8, bottom: 18 };

/** A round axis maximum and its ticks: 0, step, 2·step, … ≥ max. */
function ticks(max: number): number[] {
  const raw = Math.max(1, max) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((f) => f * magnitude).find((s) => s >= raw) ?? raw);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const list: number[] = [];
  for (let v = 0; v <= top; v += step) list.push(v);
  return list;
}

const dayNumber = (date: string) => {
  const [y = 2016, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

/**
 * Municipalities with an active cell in the data on screen (the line), beside the published
 * counts for Belgium (the dots), on one axis with years and values. Each published dot is its
 * own figure with its own date: nothing is added up.
 */
export function TimelineChart({
  points,
  published,
  asOf,
  undated = 0,
}: {
  points: TimelinePoint[];
  published: PublishedCount[];
  asOf: string;
  /** Municipalities covered today only by undated statements, which no point counts. */
  undated?: number;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || points.length < 2) return null;
  const dots = published.filter(
    (c): c is PublishedCount & { date: string; municipalitiesWithCell: number } =>
      c.scope === 'Belgium' && c.date !== null && c.municipalitiesWithCell !== null && c.date >= first.date,
  );
  const yTicks = ticks(
    Math.max(...points.map((p) => p.municipalitiesCovered), ...dots.map((d) => d.municipalitiesWithCell)),
  );
  const yMax = yTicks[yTicks.length - 1] ?? 1;
  const [t0, t1] = [dayNumber(first.date), dayNumber(last.date)];
  const x = (date: string) => PAD.left + ((dayNumber(date) - t0) / Math.max(1, t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (value: number) => H - PAD.bottom - (value / yMax) * (H - PAD.top - PAD.bottom);
  const years: string[] = [];
  for (let year = Number(first.date.slice(0, 4)); `${year}` <= last.date.slice(0, 4); year++) years.push(`${year}`);
  const line = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.date).toFixed(1)},${y(p.municipalitiesCovered).toFixed(1)}`);
  const summary = `${t('facts.timeline.municipalities')}: ${formatNumber(last.municipalitiesCovered, language)}`;
  return (
    <figure className="timeline-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
        {yTicks.map((v) => (
          <g key={v} className="tick">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={PAD.left - 3} y={y(v) + 3} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        {years.map((year, i) => (
          <text
            key={year}
            className="year"
            x={x(`${year}-01-01`)}
            y={H - 5}
            textAnchor="middle"
            display={years.length > 8 && i % 2 ? 'none' : undefined}
          >
            {year}
          </text>
        ))}
        <path d={line.join(' ')} className="line-cells" />
        {points.map((p) => (
          <circle
            key={p.date}
            className="computed-dot"
            cx={x(p.date)}
            cy={y(p.municipalitiesCovered)}
            r={2}
            data-date={p.date}
            data-base={p.base}
          >
            <title>{t('land.point', { date: p.date, count: p.municipalitiesCovered, base: p.base })}</title>
          </circle>
        ))}
        {dots.map((d) => (
          <circle
            key={`${d.date}|${d.sourceUrl}`}
            className="published-dot"
            cx={x(d.date)}
            cy={y(d.municipalitiesWithCell)}
            r={3}
            data-date={d.date}
            data-base={baseOfPublished(d.date)}
          >
            <title>
              {t('land.point', { date: d.date, count: d.municipalitiesWithCell, base: baseOfPublished(d.date) })}
            </title>
          </circle>
        ))}
        {asOf && <line x1={x(asOf)} x2={x(asOf)} y1={PAD.top} y2={H - PAD.bottom} className="marker" />}
      </svg>
      <figcaption>
        <span className="key key-cells" /> {t('facts.timeline.municipalities')}
        <span className="key key-published" /> {t('facts.timeline.published')}
        <span className="timeline-bases">{t('land.bases')}</span>
        {undated > 0 && <span className="timeline-bases">{t('land.undated', { count: undated })}</span>}
      </figcaption>
    </figure>
  );
}
