// Peer for `npm run bench`: Leaflet drawing the municipalities as GeoJSON with its SVG renderer,
// as uMap does. No tile layer: the same coloured municipalities and nothing else.
import 'leaflet/dist/leaflet.css';
import { geoJSON, latLngBounds, map as leafletMap, svg } from 'leaflet';
import { BELGIUM, loadMunicipalities, type Municipality, markAfterPaint } from '../common/choropleth.ts';

const municipalities = await loadMunicipalities();
const [west, south, east, north] = BELGIUM;
const map = leafletMap('map', { renderer: svg(), zoomSnap: 0 });
map.fitBounds(
  latLngBounds([
    [south, west],
    [north, east],
  ]),
);
geoJSON<Municipality>(municipalities, {
  style: (feature) => ({
    fillColor: feature?.properties.colour,
    fillOpacity: 1,
    color: '#ffffff',
    weight: 0.5,
  }),
}).addTo(map);
markAfterPaint();
