import { useMemo } from 'react';
import { isCovered } from '../domain/coverage.ts';
import { municipalitiesAt, municipalitiesCoverageAt, piecesCoverageAt } from '../domain/land.ts';
import { timeline } from '../domain/stats.ts';
import { selectView } from '../state/derived.ts';
import { useAppStore } from '../state/store.ts';
import { usePublishedCounts } from './PublishedCounts.tsx';
import { TimelineChart } from './TimelineChart.tsx';

/**
 * The timeline's chart with its data: a coverage view per half-year and the published counts.
 * Loaded apart from the slider (see lazy.ts), so that this work follows the first map. Each
 * point counts the municipalities of its date (land.ts), the base of the published figures too.
 * Undated statements cannot be placed in time: every point leaves them out, today's as well, so
 * the line does not jump at its end; the chart says how many municipalities they add today.
 */
export function TimelineFigure({ from, end, asOf }: { from: number; end: string; asOf: string }) {
  const cells = useAppStore((s) => s.cells);
  const land = useAppStore((s) => s.places?.land);
  const points = useMemo(() => {
    if (!land) return [];
    const viewAt = (date: string) => municipalitiesCoverageAt(land, piecesCoverageAt(land, cells, date), date);
    return timeline((date) => municipalitiesAt(land, date), viewAt, from, end);
  }, [land, cells, from, end]);
  const coveredToday = useAppStore((s) =>
    s.asOf ? undefined : [...selectView(s).coverage.values()].filter(isCovered).length,
  );
  const last = points[points.length - 1];
  const undated = coveredToday !== undefined && last ? coveredToday - last.municipalitiesCovered : 0;
  const published = usePublishedCounts();
  return <TimelineChart points={points} published={published} asOf={asOf} undated={Math.max(0, undated)} />;
}
