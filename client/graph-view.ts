// The Cytoscape canvas: elements added piece by piece near their parent, drawn through the view reducers, undoable.

import cytoscape, { type Core, type ElementDefinition, type NodeSingular, type EdgeSingular } from 'cytoscape';
import type { GraphPayload } from '../server/contract';
import { createHistory, type History } from './canvas/history';
import type { LayoutCache } from './canvas/layout-cache';
import { rememberLayout, runLayout, type LayoutThread } from './canvas/layout-runner';
import { placeAround, placeInGrid, type Point } from './canvas/placement';
import { additions, edgeElement, nodeElement } from './elements';
import { graphStylesheet } from './graph-style';
import { createLabelLayer } from './canvas/label-layer';
import { isLargeCanvas, LARGE_CANVAS, largeCanvasMode } from './canvas/large-canvas';
import { cameraGlide } from './canvas/camera-glide';
import { indexHitTests } from './canvas/hit-index';
import { separateBoxes } from './label-placement';
import { drawnBox } from './node-geometry';
import { LAYOUT_PADDING } from '../server/canvas-layout/force-layout';
import type { LayoutPositions } from '../server/canvas-layout/layout-plan';
import { degreesIn } from '../server/canvas-layout/node-size';
import { horizontalStretch, LABEL_ADJUST, LAYOUT_ZOOM } from './layout';
import { edgeClasses, INITIAL_VIEW_STATE, labelPriority, nodeClasses, type Camera, type ViewState } from './view-state';

/** Above this many elements the canvas draws through WebGL (Cytoscape ≥ 3.31); measured with `npm run bench:view`. */
export const WEBGL_THRESHOLD = 3_000;

/**
 * Mouse-wheel zoom per notch: Cytoscape's default needs some 30 notches from a fitted overview to readable quotes;
 * at this sensitivity a handful do.
 */
export const WHEEL_SENSITIVITY = 5;

export const ZOOM_STEP = 1.5;

export interface GraphViewEvents {
  selectNode(id: string | null): void;
  selectEdge(id: string): void;
  expand(id: string): void;
  /** The canvas changed (elements, flags, positions): the permalink, legend counts and status line follow. */
  changed(): void;
  /** The camera moved: only the permalink follows (this fires on every frame of a pan). */
  moved(): void;
}

export interface GraphView {
  cy: Core;
  history: History;
  apply(state: ViewState): void;
  /** Adds nodes and edges not yet on the canvas, new nodes near `near` (or in a grid); returns the new node ids. */
  add(payload: GraphPayload, near?: string | null, positions?: ReadonlyMap<string, Point>): string[];
  /** Lays out the visible graph; `given` positions of a fresh canvas (laid out by the server) are taken as they are. */
  layOut(fresh: boolean, given?: LayoutPositions): Promise<void>;
  /** How many layouts are under way (each ends by fitting the canvas): tests wait for none before reading the camera. */
  layoutsRunning(): number;
  /** Whether the picture on screen is moved, waiting for the camera to rest (canvas/camera-glide.ts): tests wait for it. */
  gliding(): boolean;
  fit(ids?: ReadonlySet<string>): void;
  zoomBy(factor: number): void;
  reveal(id: string): void;
  /** Puts the camera where a reopened workspace had it; the canvas is no longer fitted again when it resizes. */
  setCamera(camera: { zoom: number; pan: { x: number; y: number } }): void;
  neighboursOf(id: string): Set<string>;
}

/** Zoom range when showing a node's neighbourhood: statement labels are legible from the lower bound up. */
const REVEAL_ZOOM = { min: 1.3, max: 1.6 };

/**
 * `layouts` keeps full layouts between loads (canvas/layout-cache.ts); without it every load lays out anew. `layoutThread`
 * forces where layouts run (by default by size: canvas/layout-runner.ts).
 */
export function createGraphView(
  container: HTMLElement, events: GraphViewEvents, options: { webgl?: boolean; layouts?: LayoutCache; layoutThread?: LayoutThread } = {},
): GraphView {
  const cy = cytoscape({
    container, style: graphStylesheet(), minZoom: 0.05, maxZoom: 5, boxSelectionEnabled: false,
    wheelSensitivity: WHEEL_SENSITIVITY,
    ...(options.webgl ? { renderer: { name: 'canvas', webgl: true, webglBgColor: [16, 20, 27] } } : {}),
  } as cytoscape.CytoscapeOptions);
  const labelLayer = createLabelLayer(cy);
  const followSize = largeCanvasMode(cy);
  const isLarge = () => isLargeCanvas(cy);
  const glide = cameraGlide(cy, isLarge);
  indexHitTests(cy, isLarge);
  const drawnClasses = new Map<string, string>();
  let state = INITIAL_VIEW_STATE;
  let camera: Camera = { zoom: LAYOUT_ZOOM, hover: null, placed: null };
  let frame = 0;
  let running = 0;
  const history = createHistory(cy, () => {
    refreshDegrees();
    // What is hidden, faded or marked shows at once; labels are placed at the next frame: a change is often followed
    // by a layout that moves every node (an opening canvas, an expansion), and placing labels for positions about to
    // change cost the seed view 0.1-0.3 s.
    applyClasses();
    drawNextFrame();
    events.changed();
  });

  /** Node sizes follow their degree on the canvas, so a node grows as it is expanded; its label is measured again. */
  function refreshDegrees() {
    followSize();
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const degree = node.degree(false);
        if (node.data('degree') !== degree) node.data('degree', degree);
      });
    });
  }

  /** Draws the state; only elements whose classes changed are touched, so a large canvas zooms smoothly. */
  function draw(placing = true) {
    const now = currentState();
    camera = { ...camera, placed: placing ? labelLayer.findPlaces(now, camera) : null };
    applyClasses(now);
  }

  /** The state as the canvas now holds it: an expansion or an undo changes the focus's neighbours and what matches. */
  function currentState(): ViewState {
    // The focus's neighbours are read off the canvas as it is now.
    if (state.focus) state = { ...state, focus: { id: state.focus.id, neighbours: neighboursOf(state.focus.id) } };
    // Search matches that are not on the canvas highlight nothing, so they must not fade what is there either.
    const matches = state.matches;
    if (matches && cy.nodes().filter((n) => matches.has(n.id())).empty()) state = { ...state, matches: null };
    return state;
  }

  /** Gives every element the classes the state and the labels' last placement call for (new nodes stay unlabelled). */
  function applyClasses(now: ViewState = currentState()) {
    const zoom = cy.zoom();
    cy.batch(() => {
      cy.nodes().forEach((node) => setClasses(node as unknown as EdgeSingular, nodeClasses(node.data(), now, camera)));
      cy.edges().forEach((edge) => setClasses(edge, edgeClasses(edge.data(), now, camera, renderedLength(edge, zoom))));
    });
  }

  function setClasses(element: EdgeSingular, classes: string[]) {
    const joined = classes.join(' ');
    if (drawnClasses.get(element.id()) === joined) return;
    drawnClasses.set(element.id(), joined);
    element.classes(classes);
  }

  /**
   * Labels follow the zoom once per frame on a small canvas; on a large one they are placed again once the camera
   * rests (canvas/camera-glide.ts), just before the canvas is drawn for it, so panning and zooming thousands of nodes
   * keeps its frame rate.
   */
  function follow(patch: Partial<Omit<Camera, 'placed'>>) {
    camera = { ...camera, ...patch };
    if (isLarge()) glide.whenRested(() => draw());
    else drawNextFrame();
  }

  /** One draw at the next frame, however many changes ask for it before then. */
  function drawNextFrame() {
    if (frame === 0) frame = requestAnimationFrame(() => ((frame = 0), draw()));
  }

  /** Widens a round layout to the landscape canvas, clears labels that still overlap (on a readable canvas), and fits. */
  function settle() {
    const placed = cy.nodes(':visible').filter((n) => !n.locked());
    if (placed.length > LARGE_CANVAS) return void cy.fit(cy.nodes(':visible'), LAYOUT_PADDING);
    const bounds = placed.boundingBox({ includeLabels: false });
    const factor = horizontalStretch(bounds, { w: cy.width(), h: cy.height() });
    const middle = (bounds.x1 + bounds.x2) / 2;
    placed.positions((node) => ({ x: middle + (node.position('x') - middle) * factor, y: node.position('y') }));
    const overview = { zoom: LAYOUT_ZOOM, hover: null };
    const boxes = placed.map((node) => ({
      id: node.id(), ...drawnBox(node as NodeSingular, labelLayer.measureOf(node as NodeSingular), labelPriority(node.data(), state, overview) !== null),
    }));
    const shifts = separateBoxes(boxes, LABEL_ADJUST);
    placed.positions((node) => {
      const shift = shifts.get(node.id()) ?? { dx: 0, dy: 0 };
      return { x: node.position('x') + shift.dx, y: node.position('y') + shift.dy };
    });
    cy.fit(cy.nodes(':visible'), LAYOUT_PADDING);
  }

  async function layOut(fresh: boolean, given?: LayoutPositions) {
    running += 1;
    try {
      await layOutNow(fresh, given);
    } finally {
      running -= 1;
    }
  }

  async function layOutNow(fresh: boolean, given?: LayoutPositions) {
    camera = { ...camera, zoom: LAYOUT_ZOOM };
    draw(false);
    const outcome = await runLayout(cy, fresh, { cache: options.layouts, thread: options.layoutThread, given });
    // A layout another one replaced leaves the canvas, the camera and the address to that one.
    if (outcome === 'superseded') return;
    if (outcome === 'laid-out') settle();
    else cy.fit(cy.nodes(':visible'), LAYOUT_PADDING);
    if (outcome === 'laid-out' && fresh && options.layouts) rememberLayout(cy, options.layouts);
    follow({ zoom: cy.zoom() });
    events.changed();
  }

  function positionsFor(newIds: string[], near: string | null | undefined): Map<string, Point> {
    const parent = near ? (cy.getElementById(near) as unknown as NodeSingular) : null;
    const occupied = cy.nodes().map((n) => n.position());
    if (parent && parent.nonempty()) {
      const points = placeAround(parent.position(), occupied, newIds.length);
      return new Map(newIds.map((id, i) => [id, points[i] ?? parent.position()]));
    }
    const box = cy.nodes().nonempty() ? cy.nodes().boundingBox({ includeLabels: false }) : { x2: 0, y1: 0 };
    const origin = cy.nodes().nonempty() ? { x: box.x2 + 160, y: box.y1 } : { x: 0, y: 0 };
    const points = placeInGrid(origin, newIds.length);
    return new Map(newIds.map((id, i) => [id, points[i]]));
  }

  cy.on('tap', 'node', (event) => events.selectNode((event.target as NodeSingular).id()));
  cy.on('tap', 'edge', (event) => events.selectEdge((event.target as EdgeSingular).id()));
  cy.on('dbltap', 'node', (event) => events.expand((event.target as NodeSingular).id()));
  cy.on('tap', (event) => {
    if (event.target === cy) events.selectNode(null);
  });
  cy.on('mouseover', 'node', (event) => follow({ hover: (event.target as NodeSingular).id() }));
  cy.on('mouseout', 'node', () => follow({ hover: null }));
  cy.on('zoom', () => follow({ zoom: cy.zoom() }));
  cy.on('dragfree', 'node', () => events.changed());
  // The page around the canvas settles after the first layout (legend counts widen and wrap, the timeline fills in):
  // until the analyst moves the camera, a resized canvas is fitted again, so nothing is left cut off at its edge.
  let autoFit = true;
  cy.on('scrollzoom dragpan pinchzoom', () => void (autoFit = false));
  new ResizeObserver(() => {
    cy.resize();
    if (autoFit && cy.nodes(':visible').nonempty()) cy.fit(cy.nodes(':visible'), LAYOUT_PADDING);
  }).observe(container);
  // An element removed and added again (undo, redo, clear) comes back with its classes as defined: draw it afresh.
  cy.on('add remove', (event) => void drawnClasses.delete(event.target.id()));
  cy.on('viewport', () => events.moved());

  function visible(ids?: ReadonlySet<string>) {
    const shown = cy.elements(':visible');
    return ids && ids.size > 0 ? shown.filter((el) => ids.has(el.id())) : shown;
  }

  return {
    cy,
    history,
    apply(next) {
      state = next;
      draw();
    },
    add(payload, near, positions) {
      const { nodes, edges } = additions(payload, new Set(cy.elements().map((e) => e.id())));
      const placed = positions ?? positionsFor(nodes.map((n) => n.id), near);
      // A new node's links all come with it: its degree is known before it is drawn.
      const degrees = degreesIn(edges);
      // Nodes and their edges go in as one undoable step.
      return history.add([
        ...nodes.map((data): ElementDefinition => ({ ...nodeElement(data, degrees.get(data.id)), position: { ...(placed.get(data.id) ?? { x: 0, y: 0 }) } })),
        ...edges.map(edgeElement),
      ]);
    },
    layOut,
    layoutsRunning: () => running,
    gliding: () => glide.gliding(),
    fit(ids) {
      const eles = visible(ids);
      if (eles.empty()) return;
      cy.animate({ fit: { eles, padding: 50 } }, { duration: 300 });
    },
    zoomBy(factor) {
      const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
      cy.animate({ zoom: { level: zoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, { duration: 150 });
    },
    reveal(id) {
      autoFit = false;
      const node = cy.getElementById(id);
      if (node.empty()) return;
      const near = node.closedNeighborhood(':visible').nodes().not('.article');
      if (near.empty()) return;
      const box = near.boundingBox({ includeLabels: false });
      const fitting = Math.min((cy.width() - 2 * LAYOUT_PADDING) / Math.max(box.w, 1), (cy.height() - 2 * LAYOUT_PADDING) / Math.max(box.h, 1));
      const zoom = Math.min(REVEAL_ZOOM.max, Math.max(REVEAL_ZOOM.min, Math.min(fitting, REVEAL_ZOOM.max)));
      cy.animate({ zoom, center: { eles: near } }, { duration: 350 });
    },
    setCamera(viewport) {
      autoFit = false;
      cy.viewport(viewport);
    },
    neighboursOf,
  };

  /** A node's neighbours, and the speakers of the statements among them: who said what is never shown faded. */
  function neighboursOf(id: string): Set<string> {
    const near = cy.getElementById(id).neighborhood().nodes();
    const speakers = near.filter('.statement').incomers('edge.SAID').sources();
    return new Set(near.union(speakers).map((n) => n.id()));
  }
}

function renderedLength(edge: EdgeSingular, zoom: number): number {
  const a = edge.source().position();
  const b = edge.target().position();
  return Math.hypot(a.x - b.x, a.y - b.y) * zoom;
}
