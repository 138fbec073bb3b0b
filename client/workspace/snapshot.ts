// Reads the workspace off the canvas into a snapshot (for the permalink and saved views), and back onto it.

import type { Core } from 'cytoscape';
import type { OverlayChoice } from '../analytics/overlay-marks';
import type { ViewState } from '../view-state';
import type { WorkspaceSnapshot } from './permalink';

export function takeSnapshot(cy: Core, state: ViewState, selected: string | null, overlay: OverlayChoice | null): WorkspaceSnapshot {
  return {
    nodes: cy.nodes().map((n) => ({
      id: n.id(), ...n.position(),
      ...(n.data('pinned') ? { pinned: true } : {}), ...(n.data('userHidden') ? { hidden: true } : {}),
    })),
    hiddenTypes: [...state.hiddenTypes],
    outlets: state.filters.outlets ? [...state.filters.outlets] : [],
    kinds: state.filters.kinds ? [...state.filters.kinds] : [],
    time: state.filters.time,
    zoom: cy.zoom(),
    pan: cy.pan(),
    selected,
    overlay,
  };
}

/** The view state a snapshot asks for (filters and hidden types); the canvas elements are restored by the caller. */
export function snapshotState(snapshot: WorkspaceSnapshot, base: ViewState): ViewState {
  return {
    ...base,
    hiddenTypes: new Set(snapshot.hiddenTypes),
    filters: {
      outlets: snapshot.outlets.length > 0 ? new Set(snapshot.outlets) : null,
      kinds: snapshot.kinds.length > 0 ? new Set(snapshot.kinds) : null,
      time: snapshot.time,
    },
  };
}
