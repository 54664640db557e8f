import { useTranslation } from 'react-i18next';
import type { TimelinePoint } from '../domain/stats.ts';

const W = 260;
const H = 70;

/** Two cumulative lines, each scaled to its own maximum; the numbers are in the title. */
export function TimelineChart({ points, asOf, label }: { points: TimelinePoint[]; asOf: string; label: string }) {
  const { t, i18n } = useTranslation();
  if (points.length < 2) return null;
  const maxCells = Math.max(1, ...points.map((p) => p.activeCells));
  const maxPopulation = Math.max(1, ...points.map((p) => p.populationCovered));
  const x = (i: number) => (i / (points.length - 1)) * (W - 4) + 2;
  const line = (value: (p: TimelinePoint) => number, max: number) =>
    points
      .map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${(H - 4 - (value(p) / max) * (H - 8)).toFixed(1)}`)
      .join(' ');
  const marker = asOf ? points.findIndex((p) => p.date >= asOf) : points.length - 1;
  const lastPoint = points[points.length - 1];
  const summary = lastPoint
    ? `${label}: ${lastPoint.activeCells} ${t('timeline.cells')}, ${lastPoint.populationCovered.toLocaleString(i18n.language)} ${t('timeline.population')}`
    : label;
  return (
    <figure className="timeline-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
        <path d={line((p) => p.populationCovered, maxPopulation)} className="line-population" />
        <path d={line((p) => p.activeCells, maxCells)} className="line-cells" />
        {marker >= 0 && <line x1={x(marker)} x2={x(marker)} y1={0} y2={H} className="marker" />}
      </svg>
      <figcaption>
        <span className="key key-cells" /> {t('timeline.cells')} <span className="key key-population" />{' '}
        {t('timeline.population')}
      </figcaption>
    </figure>
  );
}
