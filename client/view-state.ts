// Reducers from what the analyst asked for (filters, search, focus) and where they look (zoom, hover) to each element's classes.

import type { GraphEdgeData, GraphNodeData } from '../server/contract';
import { edgeLabelShown, labelRank, nodeLabelShown } from './graph-style';
import type { LabelSide } from './label-placement';
import { NO_FILTERS, passesFilters, type FactFilters } from './workspace/filters';

export interface ViewState {
  hiddenTypes: ReadonlySet<string>;
  /** Ids the search matched; null when no search is active. */
  matches: ReadonlySet<string> | null;
  /** The selected node and the ids of its neighbours. */
  focus: { id: string; neighbours: ReadonlySet<string> } | null;
  /** Outlet, statement kind and time filters. */
  filters: FactFilters;
  /** The edge whose evidence the panel shows. */
  selectedEdge: string | null;
}

/** What the canvas itself knows: the zoom, the node under the pointer, and where labels found room. */
export interface Camera {
  zoom: number;
  hover: string | null;
  /** The side each drawn label sits on; a candidate missing here found no room. Null: not placed yet, all below. */
  placed: ReadonlyMap<string, LabelSide> | null;
}

export const INITIAL_VIEW_STATE: ViewState = { hiddenTypes: new Set(), matches: null, focus: null, filters: NO_FILTERS, selectedEdge: null };

/** Labels at or above this priority are drawn even where they cover something: the analyst pointed at them. */
export const FORCED_LABEL = 1000;

/** Matches and neighbours come before everything else, but still give way to each other rather than pile up. */
const HIGHLIGHTED_LABEL = 500;

export interface NodeRole {
  hidden: boolean;
  match: boolean;
  focus: boolean;
  neighbour: boolean;
  hover: boolean;
  faded: boolean;
}

export function nodeRole(node: GraphNodeData, state: ViewState, hover: string | null): NodeRole {
  const { matches, focus } = state;
  const role = {
    // Hidden by its type's switch, by the analyst's own hand (node.userHidden), or by the source and time filters.
    hidden: state.hiddenTypes.has(node.type) || node.userHidden === true || !passesFilters(node, state.filters),
    match: matches?.has(node.id) ?? false,
    focus: focus?.id === node.id,
    neighbour: focus?.neighbours.has(node.id) ?? false,
    hover: hover === node.id,
  };
  const highlighted = role.focus || role.neighbour || role.match || role.hover;
  return { ...role, faded: (focus !== null || matches !== null) && !highlighted };
}

/** How strongly this node's label claims its space, or null when it is not drawn at this zoom at all. */
export function labelPriority(node: GraphNodeData, state: ViewState, camera: Omit<Camera, 'placed'>): number | null {
  const role = nodeRole(node, state, camera.hover);
  if (role.hidden || role.faded) return null;
  if (role.focus || role.hover) return FORCED_LABEL;
  const degree = Number(node.degree ?? 0);
  if (role.match || role.neighbour) return HIGHLIGHTED_LABEL + labelRank(node.type, degree);
  return nodeLabelShown(node.type, degree, camera.zoom) ? labelRank(node.type, degree) : null;
}

export function nodeClasses(node: GraphNodeData, state: ViewState, camera: Camera): string[] {
  const role = nodeRole(node, state, camera.hover);
  if (role.hidden) return [node.type, 'hidden'];
  const flags: [string, boolean][] = [
    ['match', role.match],
    ['focus', role.focus],
    ['neighbour', role.neighbour],
    ['hover', role.hover],
    ['faded', role.faded],
  ];
  const classes = [node.type, ...flags.filter(([, on]) => on).map(([name]) => name)];
  if (node.pinned === true) classes.push('pinned');
  const side = labelPriority(node, state, camera) === null ? undefined : camera.placed?.get(node.id) ?? (camera.placed ? undefined : 'below');
  if (side === undefined) classes.push('quiet');
  else if (side !== 'below') classes.push(`label-${side}`);
  return classes;
}

/** `renderedLength` is the edge's length on screen, in pixels: a label longer than its edge only piles up on others. */
export function edgeClasses(edge: GraphEdgeData, state: ViewState, camera: Camera, renderedLength = Infinity): string[] {
  const classes: string[] = [edge.type];
  const { matches, focus } = state;
  const selected = state.selectedEdge === edge.id;
  const touchesFocus = focus !== null && (edge.source === focus.id || edge.target === focus.id);
  const touchesMatch = matches !== null && (matches.has(edge.source) || matches.has(edge.target));
  if (touchesFocus) classes.push('focus-edge');
  if (selected) classes.push('selected-edge');
  if ((focus !== null || matches !== null) && !touchesFocus && !touchesMatch && !selected) classes.push('faded');
  if (!selected && !edgeLabelShown(edge.type, touchesFocus, renderedLength)) classes.push('quiet');
  return classes;
}
