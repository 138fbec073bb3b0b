// Wires the page together: opens on the overview (or a permalink, or the whole graph when small), then the workspace.

import type { GraphPayload, NodeType, OverviewPayload } from '../server/contract';
import { ApiUnavailableError, fetchArticleGraph, fetchGraph, fetchOverview, fetchSubgraph, fetchTimeline, searchGraph } from './api';
import { bindContextMenu } from './canvas/context-menu';
import { bindKeyboard } from './canvas/keyboard';
import { layoutCache } from './canvas/layout-cache';
import type { LayoutThread } from './canvas/layout-runner';
import { hardwareWebgl } from './canvas/webgl';
import { installExportMenu } from './export/menu';
import { renderFilters } from './filters-bar';
import { createGraphView, WEBGL_THRESHOLD, ZOOM_STEP, type GraphView } from './graph-view';
import { renderLegend } from './legend';
import { hideBanner, showBanner, showEmptyState } from './notice';
import { overviewView } from './panel/overview';
import { renderTimeline } from './timeline/strip';
import { bindToolbar, type PageElements } from './toolbar';
import { createController, type Controller } from './workspace/controller';
import { decodeSnapshot, encodeSnapshot } from './workspace/permalink';
import { installAnalystTools } from './workspace/analyst-tools';
import { reopenBundle, restoreSnapshot, type WorkspaceControls } from './workspace/restore';
import { takeSnapshot } from './workspace/snapshot';
import { bindViewsMenu } from './workspace/views-menu';
import type { LayoutPositions } from '../server/canvas-layout/layout-plan';
import { preparePageLayout } from './canvas/page-layout';
import { counted } from './format';
import { OPENING_CANVAS_LIMIT } from '../server/canvas-layout/opening-canvas';

/** What the page exposes on `window.whosaid`, for the browser tests and for analysts at the console. */
export interface ExplorerHandle {
  view: GraphView | null;
  controller: Controller | null;
  state: 'loading' | 'ready' | 'empty' | 'error';
  /** Milliseconds from navigation to the first drawn graph. */
  firstDrawMs?: number;
  /** Where the last layout ran: 'worker', or 'page' when no worker could run it. */
  layoutThread?: () => 'worker' | 'page' | null;
  /** Milliseconds from navigation to each step of the first canvas (fetched, added, laid out), for the benchmark. */
  timings: Record<string, number>;
  /** Shows new articles without a page reload: the article's part of the graph joins the canvas and is selected. */
  reload?: (articleId?: string) => Promise<void>;
}

export function startExplorer(page: PageElements, handle: ExplorerHandle): Promise<void> {
  handle.reload = async (articleId) => {
    // An explorer that had nothing to show (an empty database) opens afresh; a workspace keeps what it holds.
    if (handle.state !== 'ready' || !handle.controller) await startExplorer(page, handle);
    if (!articleId || !handle.controller) return;
    await handle.controller.add(await fetchArticleGraph(articleId));
    handle.controller.select(articleId);
  };
  return open(page, handle).catch((error: Error) => {
    handle.state = 'error';
    const title = error instanceof ApiUnavailableError ? 'The whosaid API is not answering.' : 'The graph could not be loaded.';
    showBanner(page.banner, title, error.message, () => {
      hideBanner(page.banner);
      void startExplorer(page, handle);
    });
    page.status.textContent = 'No data';
  });
}

function typeCounts(view: GraphView): Partial<Record<NodeType, number>> {
  const counts: Partial<Record<NodeType, number>> = {};
  view.cy.nodes().forEach((n) => void (counts[n.data('type') as NodeType] = (counts[n.data('type') as NodeType] ?? 0) + 1));
  return counts;
}

async function open(page: PageElements, handle: ExplorerHandle): Promise<void> {
  handle.state = 'loading';
  page.status.textContent = 'Loading…';
  const overview = await fetchOverview();
  if (overview.counts.nodes === 0) {
    handle.state = 'empty';
    page.status.textContent = '0 nodes';
    showEmptyState(page.empty);
    return;
  }
  page.empty.hidden = true;
  const snapshot = decodeSnapshot(location.hash);
  const whole = !snapshot && overview.counts.nodes <= OPENING_CANVAS_LIMIT;
  // Asked for now, so that the answer travels while the canvas and its controls are built.
  const firstCanvas = snapshot ? null : firstCanvasPayload(overview, whole);
  firstCanvas?.catch(() => undefined);
  const startSize = snapshot ? snapshot.nodes.length : whole ? overview.counts.nodes + overview.counts.edges : 0;
  handle.view?.cy.destroy();
  let permalinkTimer = 0;
  /** The address follows the workspace once it rests: writing it on every frame of a pan would cost frames. */
  const keepPermalink = () => {
    window.clearTimeout(permalinkTimer);
    permalinkTimer = window.setTimeout(() => history.replaceState(null, '', permalink()), 300);
  };
  const view = createGraphView(page.canvas, {
    selectNode: (id) => controller.select(id),
    selectEdge: (id) => controller.selectEdge(id),
    expand: (id) => void controller.expand(id),
    changed: () => {
      legend.count(typeCounts(view));
      page.status.textContent = `${counted(view.cy.nodes().length, 'node')} · ${counted(view.cy.edges().length, 'link')} on the canvas, of ${overview.counts.nodes.toLocaleString('en')} in the graph`;
      page.undoButton.disabled = !view.history.canUndo();
      page.redoButton.disabled = !view.history.canRedo();
      keepPermalink();
    },
    moved: () => keepPermalink(),
  }, { webgl: rendererChoice() ?? (startSize > WEBGL_THRESHOLD && hardwareWebgl()), layouts: layoutCache(window.localStorage), layoutThread: layoutThreadChoice() });
  handle.view = view;
  const controller = createController(view, page.panel, (text) => (page.status.textContent = text));
  handle.controller = controller;
  controller.setHome(() => overviewView(overview, controller.actions));

  const legend = renderLegend(page.legend, {}, (type, visible) => {
    const hidden = new Set(controller.state().hiddenTypes);
    if (visible) hidden.delete(type);
    else hidden.add(type);
    controller.update({ hiddenTypes: hidden });
    // Hiding a type leaves holes: the rest is laid out again from where it is, so it closes up without reshuffling.
    void view.layOut(false);
  });
  const filters = renderFilters(page.filters, overview.outlets, ({ outlets, kinds }) => {
    const current = controller.state().filters;
    controller.update({ filters: { ...current, outlets: outlets.length ? new Set(outlets) : null, kinds: kinds.length ? new Set(kinds) : null } });
    keepPermalink();
  });
  const controls: WorkspaceControls = { legend, filters, analytics: installAnalystTools(page, view, controller) };
  const permalink = () => encodeSnapshot(takeSnapshot(view.cy, controller.state(), controller.selected(), controls.analytics.current()));
  bindWorkspaceControls(page, view, controller, controls);

  if (snapshot) await restoreSnapshot(view, controller, snapshot, controls);
  else await startCanvas(view, firstCanvas!, handle.timings);
  handle.firstDrawMs = Math.round(performance.now());
  controller.select(snapshot?.selected ?? null);
  handle.state = 'ready';
  preparePageLayout();

  const timeline = renderTimeline(page.timeline, await fetchTimeline(), (window) => {
    controller.update({ filters: { ...controller.state().filters, time: window } });
    keepPermalink();
  });
  timeline.set(controller.state().filters.time);
  openSnapshot = async (hash) => {
    const next = decodeSnapshot(hash);
    if (!next) return;
    if (!(await restoreSnapshot(view, controller, next, controls))) return;
    timeline.set(next.time);
    controller.select(next.selected);
    history.replaceState(null, '', hash);
  };
  window.onhashchange = () => {
    if (location.hash !== permalink()) void openSnapshot(location.hash);
  };
}

/** `?layout=worker` or `?layout=page` in the address forces where layouts run (a browser test compares both). */
function layoutThreadChoice(): LayoutThread | undefined {
  const asked = new URLSearchParams(location.search).get('layout');
  return asked === 'worker' || asked === 'page' ? asked : undefined;
}

/** `?renderer=webgl` or `?renderer=canvas` in the address forces a renderer (the view benchmark compares both). */
function rendererChoice(): boolean | null {
  const asked = new URLSearchParams(location.search).get('renderer');
  return asked === 'webgl' ? true : asked === 'canvas' ? false : null;
}

/** The first canvas: the whole graph when it is small, else the most quoted people and the places with most events. */
function firstCanvasPayload(overview: OverviewPayload, whole: boolean): Promise<GraphPayload> {
  const ids = [...overview.mostQuoted.slice(0, 8), ...overview.placesWithMostEvents.slice(0, 6)].map((item) => item.node.id);
  return whole ? fetchGraph() : fetchSubgraph(ids);
}

async function startCanvas(view: GraphView, first: Promise<GraphPayload>, timings: Record<string, number>): Promise<void> {
  const payload = await first;
  timings.fetched = performance.now();
  view.add(payload);
  timings.added = performance.now();
  view.history.reset();
  // The whole graph comes laid out by the server (server/opening-canvas/opening-layout.ts): the same layout the page would run.
  // An address that says where layouts run (?layout=page|worker) has it run there instead, to compare the two.
  await view.layOut(true, layoutThreadChoice() ? undefined : givenPositions(payload));
  timings.laidOut = performance.now();
}

/** The positions the server sent with every node, or nothing when any node came without one. */
function givenPositions(payload: GraphPayload): LayoutPositions | undefined {
  const positions: LayoutPositions = {};
  for (const node of payload.elements.nodes) {
    if (!node.position) return undefined;
    positions[node.data.id] = node.position;
  }
  return payload.elements.nodes.length > 0 ? positions : undefined;
}

/** Reopens a saved view or a pasted permalink; set once the page is ready. */
let openSnapshot: (hash: string) => Promise<void> = async () => undefined;

function bindWorkspaceControls(page: PageElements, view: GraphView, controller: Controller, controls: WorkspaceControls): void {
  const cy = view.cy;
  const selected = () => controller.selected();
  const hide = (id: string) => view.history.flag([id], 'userHidden', true);
  const pin = (id: string) => view.history.flag([id], 'pinned', cy.getElementById(id).data('pinned') !== true);
  const remove = (id: string) => {
    view.history.remove([id]);
    controller.select(null);
  };
  bindToolbar(page, {
    search: async (query) => {
      const { results } = await searchGraph(query);
      controller.update({ matches: new Set(results.map((r) => r.node.id)) });
      return results;
    },
    open: (id) => controller.select(id),
    openAll: (ids) => void fetchSubgraph(ids).then((found) => controller.add(found)).then(() => view.fit(new Set(ids))),
    clearSearch: () => controller.update({ matches: null }),
    clear: () => {
      view.history.remove(cy.nodes().map((n) => n.id()));
      controller.select(null);
    },
    undo: () => view.history.undo(),
    redo: () => view.history.redo(),
    fit: () => view.fit(),
    relayout: () => void view.layOut(true),
  });
  bindKeyboard(document, page.canvas, cy, {
    focusSearch: () => page.search.focus(),
    undo: () => view.history.undo(),
    redo: () => view.history.redo(),
    clearSelection: () => controller.select(null),
    selected,
    select: (id) => controller.select(id),
    expand: (id) => void controller.expand(id),
    remove, hide, pin,
    zoom: (factor) => view.zoomBy(factor === 1.5 ? ZOOM_STEP : 1 / ZOOM_STEP),
    fit: () => view.fit(),
  });
  bindContextMenu(cy, {
    details: (id) => controller.select(id),
    expand: (id) => void controller.expand(id),
    claims: (id) => controller.actions.showClaims(id),
    hide, pin, remove,
  });
  bindViewsMenu(page.viewsButton, page.viewsMenu, window.localStorage, {
    current: () => encodeSnapshot(takeSnapshot(cy, controller.state(), controller.selected(), controls.analytics.current())),
    open: (hash) => void openSnapshot(hash),
    notify: (text) => (page.status.textContent = text),
  });
  installExportMenu(page.exportMenu, {
    cy: () => cy,
    shown: () => cy.nodes(':visible').map((n) => n.id()),
    selection: () => {
      const { focus, matches } = controller.state();
      return focus ? new Set([focus.id, ...focus.neighbours]) : matches;
    },
    hiddenTypes: () => controller.state().hiddenTypes,
    reopen: async (bundle) => {
      reopenBundle(view, controller, bundle, controls);
      controller.select(null);
    },
  });
}
