// The floor for `npm run bench`: the same geometry file the app loads, drawn by MapLibre with
// one fill layer and nothing else. The app's load time is reported as a ratio to this page's.
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { BELGIUM, loadMunicipalities, PAGE_MARK } from '../common/choropleth.ts';

setWorkerUrl(workerUrl);
const municipalities = await loadMunicipalities();
const map = new MapLibreMap({
  container: 'map',
  bounds: BELGIUM,
  style: {
    version: 8,
    sources: { m: { type: 'geojson', data: municipalities } },
    layers: [
      {
        id: 'fill',
        type: 'fill',
        source: 'm',
        paint: { 'fill-color': ['get', 'colour'], 'fill-outline-color': '#ffffff' },
      },
    ],
  },
});
map.once('idle', () => performance.mark(PAGE_MARK));
