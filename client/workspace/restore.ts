// Reopens a workspace from a snapshot (a permalink or a saved view): the same nodes at the same places, filters and camera.

import type { Controller } from './controller';
import type { GraphView } from '../graph-view';
import { fetchSubgraph } from '../api';
import type { WorkspaceSnapshot } from './permalink';
import { snapshotState } from './snapshot';
import type { LegendControl } from '../legend';
import type { FiltersControl } from '../filters-bar';

export async function restoreSnapshot(
  view: GraphView, controller: Controller, snapshot: WorkspaceSnapshot, controls: { legend: LegendControl; filters: FiltersControl },
): Promise<void> {
  const payload = await fetchSubgraph(snapshot.nodes.map((n) => n.id));
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
  view.cy.viewport({ zoom: snapshot.zoom, pan: snapshot.pan });
}
