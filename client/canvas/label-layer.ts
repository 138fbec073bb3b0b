// Which labels the canvas draws and on which side: labels measured when first needed, placed where they find room.

import type { Core, NodeSingular } from 'cytoscape';
import { placeLabels, type LabelCandidate, type LabelSide, type Obstacle } from '../label-placement';
import { bodyBox, labelBoxes, measureLabel, type LabelMeasure } from '../node-geometry';
import { FORCED_LABEL, labelPriority, nodeRole, type Camera, type ViewState } from '../view-state';

const BLOCKING_TYPES = new Set(['person', 'organization', 'place', 'article']);

/** Room, in model units, kept between a drawn label and any other label or named shape. */
const LABEL_GAP = 3;

export interface LabelLayer {
  measureOf(node: NodeSingular): LabelMeasure;
  findPlaces(state: ViewState, camera: Camera): Map<string, LabelSide>;
}

export function createLabelLayer(cy: Core): LabelLayer {
  const labels = new Map<string, LabelMeasure>();

  /**
   * A label is measured when it is first drawn, and again once its node's degree (and so its size) changed:
   * measuring every label of a large canvas up front would hold the page for seconds.
   */
  function measureOf(node: NodeSingular): LabelMeasure {
    let measure = labels.get(node.id());
    if (!measure || measure.degree !== node.data('degree')) {
      measure = measureLabel(node);
      labels.set(node.id(), measure);
      node.data('labelHeight', measure.h);
    }
    return measure;
  }

  function findPlaces(state: ViewState, camera: Camera): Map<string, LabelSide> {
    const candidates: LabelCandidate[] = [];
    const obstacles: Obstacle[] = [];
    cy.nodes().forEach((node) => {
      const data = node.data();
      const role = nodeRole(data, state, camera.hover);
      if (role.hidden || role.faded) return;
      // Quotes and events are small marks that a label may cross, unless the analyst is looking at them.
      if (BLOCKING_TYPES.has(data.type) || role.focus || role.neighbour || role.match) obstacles.push({ id: node.id(), body: bodyBox(node) });
      const priority = labelPriority(data, state, camera);
      if (priority !== null) candidates.push({ id: node.id(), places: labelBoxes(node, measureOf(node)), priority });
    });
    return placeLabels(candidates, obstacles, { forced: FORCED_LABEL, gap: LABEL_GAP });
  }

  return { measureOf, findPlaces };
}
