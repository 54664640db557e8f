// Peer for `npm run bench`: d3-geo paths in one SVG, as Datawrapper draws its choropleths. The
// same coloured municipalities, fitted to the page in a Mercator projection.
import { geoMercator, geoPath } from 'd3-geo';
import { loadMunicipalities, markAfterPaint } from '../common/choropleth.ts';

const SVG = 'http://www.w3.org/2000/svg';
const municipalities = await loadMunicipalities();
const container = document.getElementById('map');
if (!container) throw new Error('#map is missing');
const { clientWidth: width, clientHeight: height } = container;
const projection = geoMercator().fitExtent(
  [
    [16, 16],
    [width - 16, height - 16],
  ],
  municipalities,
);
const path = geoPath(projection);
const svg = document.createElementNS(SVG, 'svg');
svg.setAttribute('width', String(width));
svg.setAttribute('height', String(height));
svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
const group = document.createElementNS(SVG, 'g');
group.setAttribute('stroke', '#ffffff');
group.setAttribute('stroke-width', '0.5');
for (const municipality of municipalities.features) {
  const shape = document.createElementNS(SVG, 'path');
  shape.setAttribute('d', path(municipality) ?? '');
  shape.setAttribute('fill', municipality.properties.colour);
  group.append(shape);
}
svg.append(group);
container.append(svg);
markAfterPaint();
