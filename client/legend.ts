// The legend, which doubles as the node-type filter: each type's shape and colour, its count, and a checkbox to hide it.

import type { NodeType } from '../server/contract';
import { h } from './dom';
import { EDGE_LOOKS, NODE_TYPES, NODE_TYPE_ORDER, type NodeTypeLook } from './graph-style';

const SVG = 'http://www.w3.org/2000/svg';

/** SVG outlines of the Cytoscape shapes, in a 16×16 box, so the legend shows exactly what the canvas draws. */
const SHAPE_OUTLINES: Record<NodeTypeLook['shape'], string> = {
  ellipse: 'M8 1.5a6.5 6.5 0 1 0 0.01 0Z',
  'round-rectangle': 'M4 2h8a2.5 2.5 0 0 1 2.5 2.5v7A2.5 2.5 0 0 1 12 14H4a2.5 2.5 0 0 1-2.5-2.5v-7A2.5 2.5 0 0 1 4 2Z',
  diamond: 'M8 1 15 8 8 15 1 8Z',
  'round-tag': 'M3 3h7.5l4.5 5-4.5 5H3a1.5 1.5 0 0 1-1.5-1.5v-7A1.5 1.5 0 0 1 3 3Z',
  triangle: 'M8 1.5 15 14.5H1Z',
  rectangle: 'M2 3h12v10H2Z',
};

function shapeSwatch(look: NodeTypeLook): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', 'swatch');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', SHAPE_OUTLINES[look.shape]);
  path.setAttribute('fill', look.colour);
  svg.append(path);
  return svg;
}

function edgeSwatch(colour: string, dashed: boolean): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 8');
  svg.setAttribute('class', 'edge-swatch');
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(SVG, 'line');
  for (const [name, value] of Object.entries({ x1: '1', y1: '4', x2: '23', y2: '4', stroke: colour, 'stroke-width': '2' })) line.setAttribute(name, value);
  if (dashed) line.setAttribute('stroke-dasharray', '4 3');
  svg.append(line);
  return svg;
}

export interface LegendControl {
  /** Counts of each type on the canvas, kept up to date as it changes. */
  count(counts: Partial<Record<NodeType, number>>): void;
  set(hidden: ReadonlySet<string>): void;
}

export function renderLegend(
  container: HTMLElement,
  counts: Partial<Record<NodeType, number>>,
  onToggle: (type: NodeType, visible: boolean) => void,
): LegendControl {
  const rows = NODE_TYPE_ORDER.map((type) => {
    const look = NODE_TYPES[type];
    const box = h('input', { attrs: { type: 'checkbox', 'data-type': type, 'aria-label': `Show ${look.plural.toLowerCase()}` } });
    box.checked = true;
    box.addEventListener('change', () => onToggle(type, box.checked));
    return h('label', { className: 'legend-row' }, box, shapeSwatch(look), h('span', { className: 'legend-name' }, look.plural), h('span', { className: 'count' }, String(counts[type] ?? 0)));
  });
  const edgeRows = EDGE_LOOKS.map((look) => h('div', { className: 'legend-edge' }, edgeSwatch(look.colour, look.dashed), h('span', {}, look.name)));
  container.replaceChildren(
    h('div', { className: 'legend-group' }, h('span', { className: 'legend-title' }, 'Show'), ...rows),
    h('div', { className: 'legend-group' }, h('span', { className: 'legend-title' }, 'Links'), ...edgeRows),
  );
  return {
    count(next) {
      container.querySelectorAll<HTMLInputElement>('input[data-type]').forEach((box) => {
        const badge = box.parentElement?.querySelector('.count');
        if (badge) badge.textContent = String(next[box.dataset.type as NodeType] ?? 0);
      });
    },
    set(hidden) {
      container.querySelectorAll<HTMLInputElement>('input[data-type]').forEach((box) => (box.checked = !hidden.has(String(box.dataset.type))));
    },
  };
}
