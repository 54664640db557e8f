import { importCsv } from '../src/data/import/index.ts';
import { createLand, piecesCoverageAt } from '../src/domain/land.ts';
import { renderFirstMap, withFirstMap } from '../src/map/firstMapSvg.ts';
import type { ShippedData } from './content.ts';
import type { Snapshot } from './snapshot.ts';

/**
 * index.html with the first map of the register's snapshot: the page a register serves opens on
 * the register's statements (src/state/shipped.ts), so the SVG it paints before any script is of
 * those, today. Rendered once per publication version, like the snapshot itself.
 */
export function firstMapPages(indexHtml: string, shipped: ShippedData) {
  const land = createLand(shipped.lookup);
  let cached: { version: number; html: string } | undefined;
  return (snapshot: Snapshot): string => {
    if (cached?.version === snapshot.version) return cached.html;
    const result = importCsv(snapshot.cells.body, 'cells.csv', shipped.context, { origin: 'register' });
    const classes = result.kind === 'cells' ? piecesCoverageAt(land, result.cells).coverage : new Map();
    const html = withFirstMap(indexHtml, renderFirstMap(shipped.topology, shipped.lookup, classes));
    cached = { version: snapshot.version, html };
    return html;
  };
}
