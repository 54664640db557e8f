import type { Position } from 'geojson';

/** [west, south, east, north] */
export type Box = [number, number, number, number];

type Edge = { inside: (p: Position) => boolean; cut: (a: Position, b: Position) => Position };

const at = (a: Position, b: Position, t: number): Position => [
  (a[0] ?? 0) + ((b[0] ?? 0) - (a[0] ?? 0)) * t,
  (a[1] ?? 0) + ((b[1] ?? 0) - (a[1] ?? 0)) * t,
];
const x = (p: Position) => p[0] ?? 0;
const y = (p: Position) => p[1] ?? 0;

function edges([west, south, east, north]: Box): Edge[] {
  const vertical = (value: number, keep: (v: number) => boolean): Edge => ({
    inside: (p) => keep(x(p)),
    cut: (a, b) => at(a, b, (value - x(a)) / (x(b) - x(a))),
  });
  const horizontal = (value: number, keep: (v: number) => boolean): Edge => ({
    inside: (p) => keep(y(p)),
    cut: (a, b) => at(a, b, (value - y(a)) / (y(b) - y(a))),
  });
  return [
    vertical(west, (v) => v >= west),
    vertical(east, (v) => v <= east),
    horizontal(south, (v) => v >= south),
    horizontal(north, (v) => v <= north),
  ];
}

/**
 * Sutherland–Hodgman: a closed ring cut to an axis-aligned box. What lies outside is replaced
 * by a run along the box's edge, which is all a fill drawn under the map needs.
 */
export function clipRing(ring: Position[], box: Box): Position[] {
  let points = ring.slice(0, -1);
  for (const edge of edges(box)) {
    const next: Position[] = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i] as Position;
      const previous = points[(i + points.length - 1) % points.length] as Position;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) next.push(edge.cut(previous, current));
        next.push(current);
      } else if (edge.inside(previous)) {
        next.push(edge.cut(previous, current));
      }
    }
    points = next;
    if (points.length === 0) return [];
  }
  return points.length >= 3 ? [...points, points[0] as Position] : [];
}

/** The runs of a line that lie inside the box (a border line needs no exact cut at the edge). */
export function clipLine(line: Position[], [west, south, east, north]: Box): Position[][] {
  const inside = (p: Position) => x(p) >= west && x(p) <= east && y(p) >= south && y(p) <= north;
  const runs: Position[][] = [];
  let run: Position[] = [];
  for (const p of line) {
    if (inside(p)) run.push(p);
    else if (run.length > 0) [runs[runs.length], run] = [run, []];
  }
  if (run.length > 0) runs.push(run);
  return runs.filter((r) => r.length >= 2);
}
