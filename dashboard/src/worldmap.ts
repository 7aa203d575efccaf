import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import countries from 'i18n-iso-countries';
import type { LocationRow } from './api';

const SVG = 'http://www.w3.org/2000/svg';
const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const shapes = feature(topo, topo.objects.countries);

/** Countries filled by the number of events located there (ISO alpha-3 → the atlas's numeric ids). */
export function drawMap(node: HTMLElement, rows: LocationRow[]): void {
  const byNumeric = new Map<string, LocationRow>();
  for (const r of rows) {
    const n = countries.alpha3ToNumeric(r.country);
    if (n) byNumeric.set(String(n).padStart(3, '0'), r);
  }
  const max = Math.max(1, ...rows.map(r => r.events));
  const width = 800, height = 420;
  const projection = geoNaturalEarth1().fitSize([width, height], shapes);
  const path = geoPath(projection);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Event locations by country');
  let filled = 0;
  for (const f of shapes.features) {
    const p = document.createElementNS(SVG, 'path');
    p.setAttribute('d', path(f) ?? '');
    const row = byNumeric.get(String(f.id));
    const t = row ? 0.25 + 0.75 * Math.sqrt(row.events / max) : 0;
    p.setAttribute('fill', row ? `rgba(192, 57, 43, ${t.toFixed(2)})` : '#dfe3e8');
    if (row) {
      filled++;
      p.setAttribute('data-country', row.country);
    }
    const title = document.createElementNS(SVG, 'title');
    title.textContent = (f.properties?.name ?? '') + (row ? ` (${row.country}): ${row.events} events` : '');
    p.append(title);
    svg.append(p);
  }
  node.dataset.filled = String(filled);
  node.replaceChildren(svg);
}
