// Joins the analyst's tools to the workspace: Cypher and saved-question answers go onto the canvas, the overlay paints it.

import { installAnalystSidebar } from '../analyst/sidebar';
import { installAnalyticsOverlay, type AnalyticsOverlayControl } from '../analytics/overlay';
import type { GraphView } from '../graph-view';
import type { PageElements } from '../toolbar';
import type { Controller } from './controller';

/** Returns the analytics overlay's control, which the permalink reads and a reopened workspace sets. */
export function installAnalystTools(page: PageElements, view: GraphView, controller: Controller): AnalyticsOverlayControl {
  const notify = (text: string) => (page.status.textContent = text);
  installAnalystSidebar(page.analyst, page.analystButton, {
    async show(graph) {
      const ids = graph.elements.nodes.map((node) => node.data.id);
      if (ids.length === 0) return { added: 0, onCanvas: 0 };
      const wasEmpty = view.cy.nodes().empty();
      const added = await controller.add(graph);
      // New pieces with no parent land in a grid: a layout from where everything is joins them to what they touch.
      if (added.length > 0) await view.layOut(wasEmpty);
      view.fit(new Set(ids));
      return { added: added.length, onCanvas: ids.length };
    },
  });
  return installAnalyticsOverlay(page.analytics, { cy: view.cy, history: view.history, notify });
}
