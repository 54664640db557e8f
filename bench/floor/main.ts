// The floor for `npm run bench`: the same geometry file the app loads, drawn by MapLibre with
// one fill layer and nothing else. The app's load time is reported as a ratio to this page's.
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

setWorkerUrl(workerUrl);
const topology = (await (await fetch('/data/atlas.topojson')).json()) as Topology;
const municipalities = feature(topology, topology.objects.municipalities as GeometryCollection<Record<string, never>>);
const map = new MapLibreMap({
  container: 'map',
  bounds: [2.54, 49.49, 6.41, 51.51],
  style: {
    version: 8,
    sources: { m: { type: 'geojson', data: municipalities } },
    layers: [
      { id: 'fill', type: 'fill', source: 'm', paint: { 'fill-color': '#0072B2', 'fill-outline-color': '#ffffff' } },
    ],
  },
});
map.once('idle', () => performance.mark('floor:idle'));
