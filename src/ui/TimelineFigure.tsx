import { useMemo } from 'react';
import { coverageAt } from '../domain/coverage.ts';
import { timeline } from '../domain/stats.ts';
import { useAppStore } from '../state/store.ts';
import { usePublishedCounts } from './PublishedCounts.tsx';
import { TimelineChart } from './TimelineChart.tsx';

/**
 * The timeline's chart with its data: a coverage view per half-year and the published counts.
 * Loaded apart from the slider (see lazy.ts), so that this work follows the first map.
 */
export function TimelineFigure({ from, end, asOf }: { from: number; end: string; asOf: string }) {
  const cells = useAppStore((s) => s.cells);
  const municipalities = useAppStore((s) => s.places?.municipalities);
  // The last point is the current view, where undated statements count too.
  const points = useMemo(
    () => timeline(municipalities ?? [], (date) => coverageAt(cells, date >= end ? undefined : date), from, end),
    [municipalities, cells, from, end],
  );
  const published = usePublishedCounts();
  return <TimelineChart points={points} published={published} asOf={asOf} />;
}
