// Reopens a workspace (a permalink, a saved view, or an export bundle): the same nodes at the same places, filters and camera.

import type { GraphPayload } from '../../server/contract';
import type { AnalyticsOverlayControl } from '../analytics/overlay';
import type { OpenedBundle } from '../export/bundle';
import type { FiltersControl } from '../filters-bar';
import type { GraphView } from '../graph-view';
import type { LegendControl } from '../legend';
import { fetchSubgraph } from '../api';
import type { Controller } from './controller';
import { EMPTY_SNAPSHOT, type WorkspaceSnapshot } from './permalink';
import { snapshotState } from './snapshot';

export interface WorkspaceControls {
  legend: LegendControl;
  filters: FiltersControl;
  analytics: AnalyticsOverlayControl;
}

/** Counts the workspaces asked for: one whose graph arrives after a later one was asked for is not placed. */
let asked = 0;

/**
 * A permalink or saved view names its nodes: their data and links are read from the server. Returns false when a
 * workspace asked for later (another view, a bundle) took its place meanwhile; nothing of this one was placed then.
 */
export async function restoreSnapshot(view: GraphView, controller: Controller, snapshot: WorkspaceSnapshot, controls: WorkspaceControls): Promise<boolean> {
  const mine = ++asked;
  const payload = await fetchSubgraph(snapshot.nodes.map((n) => n.id));
  if (mine !== asked) return false;
  placeWorkspace(view, controller, payload, snapshot, controls);
  // Scores are computed again for the nodes now on the canvas (the link keeps what was painted, not the numbers), and
  // painted when they come: the workspace is open meanwhile.
  void controls.analytics.set(snapshot.overlay);
  return true;
}

/** A bundle carries its graph (it may come from another database) and the view it was exported from. */
export function reopenBundle(view: GraphView, controller: Controller, bundle: OpenedBundle, controls: WorkspaceControls): void {
  asked += 1;
  const positions = bundle.view?.positions ?? {};
  const snapshot: WorkspaceSnapshot = {
    ...EMPTY_SNAPSHOT,
    nodes: bundle.graph.elements.nodes.map(({ data }) => ({ id: data.id, ...(positions[data.id] ?? { x: 0, y: 0 }) })),
    hiddenTypes: bundle.view?.hiddenTypes ?? [],
    zoom: bundle.view?.zoom ?? 1,
    pan: bundle.view?.pan ?? { x: 0, y: 0 },
  };
  placeWorkspace(view, controller, bundle.graph, snapshot, controls);
  void controls.analytics.set(null);
  if (!bundle.view) void view.layOut(true);
}

/** Replaces the canvas by `payload` placed as `snapshot` says; the history starts anew, as on a fresh page. */
function placeWorkspace(view: GraphView, controller: Controller, payload: GraphPayload, snapshot: WorkspaceSnapshot, controls: WorkspaceControls): void {
  const positions = new Map(snapshot.nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
  view.cy.elements().remove();
  view.add(payload, null, positions);
  view.cy.batch(() => {
    for (const node of snapshot.nodes) {
      const element = view.cy.getElementById(node.id);
      if (node.hidden) element.data('userHidden', true);
      if (node.pinned) element.data('pinned', true).lock();
    }
  });
  view.history.reset();
  controller.update(snapshotState(snapshot, controller.state()));
  controls.legend.set(new Set(snapshot.hiddenTypes));
  controls.filters.set({ outlets: snapshot.outlets, kinds: snapshot.kinds });
  view.setCamera({ zoom: snapshot.zoom, pan: snapshot.pan });
}
