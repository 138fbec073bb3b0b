// Where nodes and their labels sit on the canvas, read without disturbing Cytoscape's label textures.
//
// Cytoscape keeps one label box per node, rewritten by every boundingBox() call that includes labels; asking for it
// on each frame with options other than the renderer's leaves the cached label textures clipped. So labels are
// measured once, before anything is drawn, and shapes are read from position and size.

import type { NodeSingular } from 'cytoscape';
import { LABEL_MARGIN } from './graph-style';
import { labelInset, labelPlaces, type Box } from './label-placement';

export interface LabelMeasure {
  w: number;
  h: number;
  /** How far the renderer's label box reaches in towards the node past LABEL_MARGIN (its padding for the outline). */
  inset: number;
  /** The node's degree when measured: the label's size follows it. */
  degree: number;
}

/** Measures a node's label as drawn below it, which is how every label is drawn until it is placed. */
export function measureLabel(node: NodeSingular): LabelMeasure {
  const label = node.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false, includeUnderlays: false });
  return { w: label.w, h: label.h, inset: labelInset(bodyBox(node), label, LABEL_MARGIN), degree: Number(node.data('degree') ?? 0) };
}

export function bodyBox(node: NodeSingular): Box {
  const { x, y } = node.position();
  const halfWidth = node.outerWidth() / 2;
  const halfHeight = node.outerHeight() / 2;
  return { x1: x - halfWidth, y1: y - halfHeight, x2: x + halfWidth, y2: y + halfHeight };
}

/** The label's box on each side of its node, in LABEL_SIDES order. */
export function labelBoxes(node: NodeSingular, measure: LabelMeasure): Box[] {
  return labelPlaces(bodyBox(node), measure, LABEL_MARGIN - measure.inset);
}

/** The node's shape and, when it is labelled, its label below: what the layout must keep apart. */
export function drawnBox(node: NodeSingular, measure: LabelMeasure | undefined, labelled: boolean): Box {
  const body = bodyBox(node);
  if (!labelled || !measure) return body;
  const [below] = labelBoxes(node, measure);
  return { x1: Math.min(body.x1, below.x1), y1: body.y1, x2: Math.max(body.x2, below.x2), y2: below.y2 };
}
