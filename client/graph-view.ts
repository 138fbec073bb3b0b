// The Cytoscape canvas: builds it from elements, draws the view state through the reducers, and reports taps.

import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { graphStylesheet } from './graph-style';
import { placeLabels, separateBoxes, type LabelCandidate, type LabelSide, type Obstacle } from './label-placement';
import { bodyBox, drawnBox, labelBoxes, measureLabels } from './node-geometry';
import { forceLayout, horizontalStretch, LABEL_ADJUST, LAYOUT_PADDING, LAYOUT_ZOOM } from './layout';
import { edgeClasses, FORCED_LABEL, INITIAL_VIEW_STATE, labelPriority, nodeClasses, nodeRole, type Camera, type ViewState } from './view-state';

cytoscape.use(fcose);

const BLOCKING_TYPES = new Set(['person', 'organization', 'place', 'article']);

/** Room, in model units, kept between a drawn label and any other label or named shape. */
const LABEL_GAP = 3;

export interface GraphView {
  cy: Core;
  /** Resolves once the first layout has placed every node. */
  ready: Promise<void>;
  apply(state: ViewState): void;
  relayout(): void;
  fit(ids?: ReadonlySet<string>): void;
  reveal(id: string): void;
  neighboursOf(id: string): Set<string>;
}

/** Zoom range when showing a node's neighbourhood: statement labels are legible from the lower bound up. */
const REVEAL_ZOOM = { min: 1.3, max: 1.6 };

export function createGraphView(container: HTMLElement, elements: ElementDefinition[], onSelect: (id: string | null) => void): GraphView {
  const cy = cytoscape({ container, elements, style: graphStylesheet(), minZoom: 0.08, maxZoom: 5, boxSelectionEnabled: false });
  const labels = measureLabels(cy);
  let state = INITIAL_VIEW_STATE;
  let camera: Camera = { zoom: LAYOUT_ZOOM, hover: null, placed: null };
  let frame = 0;

  /** Where each label finds room. */
  function findPlaces(): Map<string, LabelSide> {
    const candidates: LabelCandidate[] = [];
    const obstacles: Obstacle[] = [];
    cy.nodes().forEach((node) => {
      const data = node.data();
      const role = nodeRole(data, state, camera.hover);
      if (role.hidden || role.faded) return;
      // Quotes and events are small marks that a label may cross, unless the analyst is looking at them.
      if (BLOCKING_TYPES.has(data.type) || role.focus || role.neighbour || role.match) obstacles.push({ id: node.id(), body: bodyBox(node) });
      const priority = labelPriority(data, state, camera);
      const measure = labels.get(node.id());
      if (priority !== null && measure) candidates.push({ id: node.id(), places: labelBoxes(node, measure), priority });
    });
    return placeLabels(candidates, obstacles, { forced: FORCED_LABEL, gap: LABEL_GAP });
  }

  /** Draws the state; labels go where they find room, or all below while the layout makes room for them. */
  function draw(placing = true) {
    camera = { ...camera, placed: placing ? findPlaces() : null };
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        node.classes(nodeClasses(node.data(), state, camera));
      });
      cy.edges().forEach((edge) => {
        edge.classes(edgeClasses(edge.data(), state, camera));
      });
    });
  }

  /** Zooming fires many events per frame; the labels only need redrawing once per frame. */
  function follow(patch: Partial<Omit<Camera, 'placed'>>) {
    camera = { ...camera, ...patch };
    if (frame === 0) frame = requestAnimationFrame(() => ((frame = 0), draw()));
  }

  /** The layout makes room for the labels drawn at the overview, not for every quote the analyst might zoom in on. */
  function layOut(): Promise<void> {
    camera = { ...camera, zoom: LAYOUT_ZOOM };
    draw(false);
    const layout = cy.elements(':visible').layout(forceLayout());
    const stopped = layout.promiseOn('layoutstop').then(() => {
      settle();
      follow({ zoom: cy.zoom() });
    });
    layout.run();
    return stopped;
  }

  /** Widens a round layout to the landscape canvas, then clears the labels that still overlap, and fits. */
  function settle() {
    const placed = cy.nodes(':visible');
    const bounds = placed.boundingBox({ includeLabels: false });
    const factor = horizontalStretch(bounds, { w: cy.width(), h: cy.height() });
    const middle = (bounds.x1 + bounds.x2) / 2;
    placed.positions((node) => ({ x: middle + (node.position('x') - middle) * factor, y: node.position('y') }));
    const overview = { zoom: LAYOUT_ZOOM, hover: null };
    const boxes = placed.map((node) => {
      const labelled = labelPriority(node.data(), state, overview) !== null;
      return { id: node.id(), ...drawnBox(node, labels.get(node.id()), labelled) };
    });
    const shifts = separateBoxes(boxes, LABEL_ADJUST);
    placed.positions((node) => {
      const shift = shifts.get(node.id()) ?? { dx: 0, dy: 0 };
      return { x: node.position('x') + shift.dx, y: node.position('y') + shift.dy };
    });
    cy.fit(placed, LAYOUT_PADDING);
  }

  cy.on('tap', 'node', (event) => onSelect((event.target as NodeSingular).id()));
  cy.on('tap', (event) => {
    if (event.target === cy) onSelect(null);
  });
  cy.on('mouseover', 'node', (event) => follow({ hover: (event.target as NodeSingular).id() }));
  cy.on('mouseout', 'node', () => follow({ hover: null }));
  cy.on('zoom', () => follow({ zoom: cy.zoom() }));

  const ready = layOut();

  function visible(ids?: ReadonlySet<string>) {
    const shown = cy.elements(':visible');
    return ids && ids.size > 0 ? shown.filter((el) => ids.has(el.id())) : shown;
  }

  return {
    cy,
    ready,
    apply(next) {
      state = next;
      draw();
    },
    relayout: () => void layOut(),
    fit(ids) {
      cy.animate({ fit: { eles: visible(ids), padding: 50 } }, { duration: 350 });
    },
    reveal(id) {
      const node = cy.getElementById(id);
      if (node.empty()) return;
      // Articles are linked to half the graph; fitting them in would zoom back out to the overview.
      const near = node.closedNeighborhood(':visible').nodes().not('.article');
      if (near.empty()) return;
      const box = near.boundingBox({ includeLabels: false });
      const fitting = Math.min((cy.width() - 2 * LAYOUT_PADDING) / box.w, (cy.height() - 2 * LAYOUT_PADDING) / box.h);
      const zoom = Math.min(REVEAL_ZOOM.max, Math.max(REVEAL_ZOOM.min, fitting, cy.zoom()));
      cy.animate({ zoom, center: { eles: near } }, { duration: 400 });
    },
    neighboursOf(id) {
      return new Set(cy.getElementById(id).neighborhood().nodes().map((n) => n.id()));
    },
  };
}
