// The analytics overlay control: size entities by PageRank or degree and colour them by Louvain community, from GET /api/analytics.

import type { Core } from 'cytoscape';
import { fetchAnalytics } from '../api';
import type { History } from '../canvas/history';
import { h } from '../dom';
import { counted } from '../format';
import { overlayMarks, type OverlayChoice, type OverlayMeasure } from './overlay-marks';

const MARK_KEYS = ['overlaySize', 'overlayColour'];
const ENTITY_TYPES = new Set(['person', 'organization', 'place']);

export interface OverlayTarget {
  cy: Core;
  history: History;
  notify(text: string): void;
}

/** The overlay as the workspace's permalink keeps it. */
export interface AnalyticsOverlayControl {
  /** What is painted on the canvas now; none when no entity carries the overlay's marks (off, or undone). */
  current(): OverlayChoice | null;
  /** Paints `choice` afresh on the canvas (scores computed again), or takes the overlay off. */
  set(choice: OverlayChoice | null): Promise<void>;
}

export function installAnalyticsOverlay(container: HTMLElement, target: OverlayTarget): AnalyticsOverlayControl {
  const measure = h('select', { attrs: { id: 'overlay-measure', 'aria-label': 'Analytics overlay: size nodes by' } },
    h('option', { attrs: { value: 'off' } }, 'Analytics off'),
    h('option', { attrs: { value: 'pagerank' } }, 'Size by PageRank'),
    h('option', { attrs: { value: 'degree' } }, 'Size by degree'));
  const scope = h('select', { attrs: { id: 'overlay-scope', 'aria-label': 'Analytics computed over' } },
    h('option', { attrs: { value: 'canvas' } }, 'links on the canvas'),
    h('option', { attrs: { value: 'graph' } }, 'the whole graph'));
  const off = h('button', { className: 'overlay-off', attrs: { type: 'button', 'data-overlay': 'off' } }, 'Off');
  const key = h('ul', { className: 'overlay-key', attrs: { 'aria-label': 'Communities (colour)', 'data-overlay': 'key' } });
  // Folded to one button until asked for: the box sits over the canvas, and open it would cover nodes.
  const toggle = h('button', { className: 'overlay-toggle', attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'overlay-body', 'data-overlay': 'toggle' } }, 'Analytics');
  const body = h('div', { className: 'overlay-body', attrs: { id: 'overlay-body' } }, measure, scope, off, key);
  body.hidden = true;
  toggle.addEventListener('click', () => {
    body.hidden = !body.hidden;
    toggle.setAttribute('aria-expanded', String(!body.hidden));
  });
  container.replaceChildren(toggle, body);
  off.hidden = true;
  let request = 0;
  /** The choice being painted: the permalink keeps it while its scores are on their way. */
  let painting: OverlayChoice | null = null;

  function clear() {
    // A paint still waiting for its scores is dropped.
    request += 1;
    painting = null;
    const marked = target.cy.nodes('[overlaySize]');
    if (marked.nonempty()) target.history.mark(MARK_KEYS, new Map(marked.map((node) => [node.id(), null])));
    key.replaceChildren();
    off.hidden = true;
    measure.value = 'off';
  }

  async function paint(chosen: OverlayMeasure) {
    const mine = ++request;
    painting = { measure: chosen, scope: scope.value as OverlayChoice['scope'] };
    try {
      await paintScores(chosen, mine);
    } finally {
      if (mine === request) painting = null;
    }
  }

  async function paintScores(chosen: OverlayMeasure, mine: number) {
    const entities = target.cy.nodes().filter((node) => ENTITY_TYPES.has(node.data('type'))).map((node) => node.id());
    if (entities.length === 0) return target.notify('Analytics: no people, organizations or places on the canvas to score');
    target.notify('Analytics: computing…');
    const scores = await fetchAnalytics(scope.value === 'canvas' ? entities : undefined);
    if (mine !== request || measure.value !== chosen) return;
    const { marks, communities } = overlayMarks(scores.nodes, new Set(entities), chosen);
    // Entities with no score (no statement or event links them to another) go back to their plain look.
    const values = new Map<string, Record<string, unknown> | null>(entities.map((id) => [id, marks.get(id) ?? null]));
    target.history.mark(MARK_KEYS, values);
    key.replaceChildren(...communities.map((community) => h('li', { className: 'overlay-community' },
      colourDot(community.colour),
      `${community.leader} +${community.members - 1}`)));
    off.hidden = false;
    const unscored = entities.length - marks.size;
    target.notify(`Analytics: ${counted(marks.size, 'entity', 'entities')} sized by ${chosen === 'pagerank' ? 'PageRank' : 'degree'} and coloured by community `
      + `(${counted(scores.summary.communities, 'community', 'communities')} over ${scope.value === 'canvas' ? 'the canvas' : 'the whole graph'})`
      + (unscored > 0 ? `; ${unscored} not linked to another, left plain` : ''));
  }

  function refresh() {
    if (measure.value === 'off') return clear();
    paint(measure.value as OverlayMeasure).catch((error: Error) => target.notify(`Analytics failed: ${error.message}`));
  }
  measure.addEventListener('change', refresh);
  scope.addEventListener('change', () => measure.value !== 'off' && refresh());
  off.addEventListener('click', clear);
  return {
    current: () => painting ?? (measure.value !== 'off' && target.cy.nodes('[overlaySize]').nonempty()
      ? { measure: measure.value as OverlayMeasure, scope: scope.value as OverlayChoice['scope'] } : null),
    async set(choice) {
      if (!choice) return clear();
      measure.value = choice.measure;
      scope.value = choice.scope;
      await paint(choice.measure).catch((error: Error) => target.notify(`Analytics failed: ${error.message}`));
    },
  };
}

/** A filled circle as SVG: a fill attribute, where a style attribute would be refused by the page's CSP. */
function colourDot(colour: string): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', 'swatch');
  svg.setAttribute('aria-hidden', 'true');
  const dot = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
  for (const [name, value] of Object.entries({ cx: '8', cy: '8', r: '6.5', fill: colour })) dot.setAttribute(name, value);
  svg.append(dot);
  return svg;
}
