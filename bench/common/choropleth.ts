// What every bench page shares: the same shipped geometry, one simple class per municipality
// and its colour, and the mark a page sets once the coloured map is on screen.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface Municipality {
  nis: string;
  colour: string;
}

/** Mark set by the floor and the peers; the app sets its own (CHOROPLETH_MARK). */
export const PAGE_MARK = 'bench:choropleth';
/** West, south, east, north: the app's initial view. */
export const BELGIUM: [number, number, number, number] = [2.54, 49.49, 6.41, 51.51];
/** The app's five coverage colours, given by NIS code modulo 5 so that every page draws alike. */
const CLASS_COLOURS = ['#0072B2', '#56B4E9', '#E69F00', '#CC79A7', '#DADDE1'];
const colourOf = (nis: string) => CLASS_COLOURS[Number(nis) % CLASS_COLOURS.length] ?? '#000000';

/** The 565 municipalities of public/data/atlas.topojson, each with its colour. */
export async function loadMunicipalities(): Promise<FeatureCollection<Geometry, Municipality>> {
  const topology = (await (await fetch('/data/atlas.topojson')).json()) as Topology;
  const collection = feature(topology, topology.objects.municipalities as GeometryCollection<Record<string, never>>);
  const features = collection.features.map(
    (f): Feature<Geometry, Municipality> => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: { nis: String(f.id), colour: colourOf(String(f.id)) },
    }),
  );
  return { type: 'FeatureCollection', features };
}

/**
 * For pages drawn in the DOM: the rendering steps (style, layout, paint) of the frame after the
 * drawing run right after requestAnimationFrame's callbacks, so a task queued from there runs
 * once the map has been painted.
 */
export function markAfterPaint(): void {
  requestAnimationFrame(() => setTimeout(() => performance.mark(PAGE_MARK), 0));
}
