import cytoscape from 'cytoscape';
import type { DyadRow } from './api';

let cy: cytoscape.Core | null = null;

/** Actor codes as nodes, dyads as directed edges weighted by their event count. Click a node to pick it. */
export function drawNetwork(node: HTMLElement, dyads: DyadRow[], onPick: (code: string) => void): void {
  const codes = new Map<string, number>();
  for (const d of dyads) {
    codes.set(d.actor, (codes.get(d.actor) ?? 0) + d.events);
    codes.set(d.recipient, (codes.get(d.recipient) ?? 0) + d.events);
  }
  const max = Math.max(1, ...dyads.map(d => d.events));
  const elements: cytoscape.ElementDefinition[] = [
    ...[...codes].map(([code, n]) => ({ data: { id: 'n-' + code, label: code, weight: n } })),
    ...dyads.filter(d => d.actor !== d.recipient).map((d, i) => ({
      data: { id: 'e' + i, source: 'n-' + d.actor, target: 'n-' + d.recipient, weight: d.events, width: 1 + 7 * d.events / max },
    })),
  ];
  cy?.destroy();
  cy = cytoscape({
    container: node,
    elements,
    layout: { name: 'cose', animate: false, randomize: false },
    style: [
      { selector: 'node', style: { label: 'data(label)', 'background-color': '#1d2a44', color: '#1d2a44',
        'font-size': 11, width: 'mapData(weight, 0, 20, 14, 40)', height: 'mapData(weight, 0, 20, 14, 40)' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': '#8fa3c7', 'target-arrow-color': '#8fa3c7',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.8 } },
    ],
  });
  cy.on('tap', 'node', e => onPick(String(e.target.data('label'))));
  node.dataset.nodes = String(codes.size);
}
