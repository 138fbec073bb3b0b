// Wires the page together: loads the graph, keeps the view state, and answers the toolbar, legend, canvas and panel.

import type { GraphNodeData, GraphPayload, NodeType } from '../server/contract';
import { ApiUnavailableError, fetchGraph, fetchNodeDetails } from './api';
import { connectionsOf } from './connections';
import { toElements } from './elements';
import { createGraphView, type GraphView } from './graph-view';
import { renderLegend } from './legend';
import { hideBanner, showBanner, showEmptyState } from './notice';
import { detailsView, failedView, loadingView } from './panel/details';
import { overviewView } from './panel/overview';
import { bindToolbar, type PageElements, type ToolbarActions } from './toolbar';
import type { OpenedBundle } from './export/bundle';
import { installExportMenu, type ExportTarget } from './export/menu';
import { searchNodes } from './search';
import { INITIAL_VIEW_STATE, type ViewState } from './view-state';

/** What the page exposes on `window.whosaid`, for the browser test and for analysts at the console. */
export interface ExplorerHandle {
  view: GraphView | null;
  state: 'loading' | 'ready' | 'empty' | 'error';
  /** Loads the graph again (new articles appear) and, when given, selects a node of it. */
  reload?: (selectId?: string) => Promise<void>;
}

/** The toolbar is bound once; each load of a graph (from the API, or from a bundle) points it at its own view. */
let toolbarActions: ToolbarActions | null = null;

function bindToolbarOnce(page: PageElements): void {
  if (toolbarActions) return;
  const forward = <K extends keyof ToolbarActions>(name: K) => ((...args: Parameters<ToolbarActions[K]>) => (
    (toolbarActions?.[name] as (...a: Parameters<ToolbarActions[K]>) => ReturnType<ToolbarActions[K]>)(...args)));
  toolbarActions = { select: () => undefined, search: () => null, fitMatches: () => undefined, fit: () => undefined, relayout: () => undefined, clearSelection: () => undefined };
  bindToolbar(page, {
    select: forward('select'), search: forward('search'), fitMatches: forward('fitMatches'), fit: forward('fit'), relayout: forward('relayout'), clearSelection: forward('clearSelection'),
  });
}

/** Likewise the Export menu: installed once, it exports from (and reopens bundles into) whichever graph is shown. */
let exportTarget: ExportTarget | null = null;

function installExportMenuOnce(page: PageElements): void {
  if (exportTarget) return;
  exportTarget = { cy: () => null, selection: () => null, hiddenTypes: () => new Set(), reopen: async () => undefined };
  installExportMenu(page.exportMenu, {
    cy: () => exportTarget?.cy() ?? null,
    selection: () => exportTarget?.selection() ?? null,
    hiddenTypes: () => exportTarget?.hiddenTypes() ?? new Set(),
    reopen: (bundle) => exportTarget?.reopen(bundle) ?? Promise.resolve(),
  });
}

export function startExplorer(page: PageElements, handle: ExplorerHandle, bundle?: OpenedBundle): Promise<void> {
  handle.reload = (selectId) => startExplorer(page, handle).then(() => {
    if (selectId) toolbarActions?.select?.(selectId);
  });
  return loadGraph(page, handle, bundle).catch((error: Error) => {
    handle.state = 'error';
    const title = error instanceof ApiUnavailableError ? 'The whosaid API is not answering.' : 'The graph could not be loaded.';
    showBanner(page.banner, title, error.message, () => {
      hideBanner(page.banner);
      void startExplorer(page, handle);
    });
    page.status.textContent = 'No data';
  });
}

/** Draws the graph from the API, or the one a bundle holds, placed as the bundle's view says. */
async function loadGraph(page: PageElements, handle: ExplorerHandle, bundle?: OpenedBundle): Promise<void> {
  handle.state = 'loading';
  page.status.textContent = 'Loading graph…';
  const payload = bundle ? bundle.graph : await fetchGraph();
  handle.view?.cy.destroy();
  handle.view = null;
  if (payload.elements.nodes.length === 0) {
    handle.state = 'empty';
    page.status.textContent = '0 nodes';
    showEmptyState(page.empty);
    return;
  }
  const { elements, counts, droppedEdges } = toElements(payload);
  page.empty.hidden = true;
  let state: ViewState = INITIAL_VIEW_STATE;
  let detailsRequest = 0;
  const nodesById = new Map<string, GraphNodeData>(payload.elements.nodes.map((n) => [n.data.id, n.data]));
  const view = createGraphView(page.canvas, elements, (id) => select(id));
  handle.view = view;
  const actions = { select: (id: string) => select(id) };

  function update(patch: Partial<ViewState>) {
    state = { ...state, ...patch };
    view.apply(state);
  }

  function select(id: string | null) {
    const node = id === null ? undefined : nodesById.get(id);
    const request = ++detailsRequest;
    if (!node) {
      update({ focus: null });
      page.panel.replaceChildren(...overviewView(payload, counts, actions));
      return;
    }
    update({ focus: { id: node.id, neighbours: view.neighboursOf(node.id) } });
    view.reveal(node.id);
    page.panel.replaceChildren(...loadingView(node));
    fetchNodeDetails(node.id).then(
      (details) => request === detailsRequest && page.panel.replaceChildren(...detailsView(details, connectionsOf(payload, node.id), actions)),
      (error: Error) => request === detailsRequest && page.panel.replaceChildren(...failedView(node, error.message)),
    );
  }

  const hidden = new Set<NodeType>();
  renderLegend(page.legend, counts, (type, visible) => {
    if (visible) hidden.delete(type);
    else hidden.add(type);
    update({ hiddenTypes: new Set(hidden) });
  });
  bindToolbarOnce(page);
  toolbarActions = {
    select: (id) => select(id),
    search: (query) => {
      const matches = searchNodes([...nodesById.values()], query);
      update({ matches });
      return matches;
    },
    fitMatches: () => view.fit(state.matches ?? undefined),
    fit: () => view.fit(),
    relayout: () => view.relayout(),
    clearSelection: () => select(null),
  };
  installExportMenuOnce(page);
  exportTarget = {
    cy: () => view.cy,
    selection: () => (state.focus ? new Set([state.focus.id, ...state.focus.neighbours]) : state.matches),
    hiddenTypes: () => hidden,
    reopen: (opened) => startExplorer(page, handle, opened),
  };
  select(null);
  page.status.textContent = bundle ? `${bundle.title} · ${describeSize(payload, droppedEdges)}` : describeSize(payload, droppedEdges);
  await view.ready;
  if (bundle?.view) {
    const { positions, zoom, pan, hiddenTypes } = bundle.view;
    view.cy.nodes().positions((node) => positions[node.id()] ?? node.position());
    view.cy.viewport({ zoom, pan });
    // Through the legend's own checkboxes, so that the filter and the legend agree.
    for (const type of hiddenTypes) {
      const box = page.legend.querySelector<HTMLInputElement>(`input[data-type="${type}"]`);
      if (box?.checked) box.click();
    }
    update({});
  }
  handle.state = 'ready';
}

function describeSize(payload: GraphPayload, droppedEdges: number): string {
  const { nodes, edges } = payload.elements;
  const base = `${nodes.length} nodes · ${edges.length - droppedEdges} links`;
  return droppedEdges > 0 ? `${base} (${droppedEdges} dangling links left out)` : base;
}
