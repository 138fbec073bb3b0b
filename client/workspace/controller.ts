// The workspace's behaviour: what selecting, expanding, searching, hiding and filtering do to the canvas and the panel.

import type { GraphNodeData, GraphPayload, NodeDetails } from '../../server/contract';
import { fetchNeighbours, fetchNodeDetails, fetchPlaceClaims, fetchSubgraph, type NeighbourFilter } from '../api';
import type { Connection } from '../connections';
import type { GraphView } from '../graph-view';
import { detailsView, failedView, loadingView } from '../panel/details';
import { claimsView } from '../panel/claims';
import { edgeView } from '../panel/edge';
import { hubChoiceView } from '../panel/hub-choice';
import type { PanelActions } from '../panel/parts';
import { relationName, evidenceEnd } from '../relations';
import { INITIAL_VIEW_STATE, type ViewState } from '../view-state';

/** A node with more neighbours than this offers a choice instead of flooding the canvas (the issue's "~50"). */
export const HUB_LIMIT = 50;

/** Past this many nodes on the canvas, new pieces are not joined to everything else (that read would grow with it). */
const JOIN_LIMIT = 3_000;

export interface Controller {
  actions: PanelActions;
  state(): ViewState;
  update(patch: Partial<ViewState>): void;
  select(id: string | null): void;
  selectEdge(id: string): void;
  expand(id: string, choice?: NeighbourFilter): Promise<void>;
  /** Puts nodes on the canvas (near `near`, else in a grid), joined to what is there; returns the new ids. */
  add(payload: GraphPayload, near?: string | null): Promise<string[]>;
  selected(): string | null;
  /** The panel's content when nothing is selected. */
  setHome(render: () => HTMLElement[]): void;
  /** How many reads from the server are under way (the browser tests wait for none). */
  busy(): number;
}

export function createController(view: GraphView, panel: HTMLElement, onStatus: (text: string) => void): Controller {
  let state = INITIAL_VIEW_STATE;
  let selected: string | null = null;
  let request = 0;
  let home: () => HTMLElement[] = () => [];
  let pending = 0;
  /** Counts an operation while it runs, whatever its outcome. */
  const tracked = <T>(work: Promise<T>): Promise<T> => {
    pending += 1;
    return work.finally(() => (pending -= 1));
  };
  const cy = view.cy;
  const dataOf = (id: string) => (cy.getElementById(id).nonempty() ? (cy.getElementById(id).data() as GraphNodeData) : undefined);

  function update(patch: Partial<ViewState>) {
    state = { ...state, ...patch };
    view.apply(state);
  }

  function connections(id: string): Connection[] {
    const node = cy.getElementById(id);
    return node.connectedEdges().map((edge) => {
      const outgoing = edge.source().id() === id;
      const other = outgoing ? edge.target() : edge.source();
      return { id: other.id(), label: String(other.data('label')), type: other.data('type'), relation: relationName(edge.data('type'), outgoing ? 'out' : 'in') };
    }).sort((a, b) => a.relation.localeCompare(b.relation) || a.label.localeCompare(b.label));
  }

  function show(content: HTMLElement[]) {
    panel.replaceChildren(...content);
    panel.scrollTop = 0;
  }

  /** One undoable step: the new nodes, their edges, and their links to what the canvas already holds. */
  async function add(payload: GraphPayload, near?: string | null): Promise<string[]> {
    const onCanvas = cy.nodes().map((n) => n.id());
    const newIds = payload.elements.nodes.map((n) => n.data.id).filter((id) => cy.getElementById(id).empty());
    if (newIds.length === 0) return view.add(payload, near);
    const joined = onCanvas.length + newIds.length <= JOIN_LIMIT ? await fetchSubgraph([...onCanvas, ...newIds]) : null;
    const edges = [...payload.elements.edges, ...(joined?.elements.edges ?? [])];
    return view.add({ elements: { nodes: payload.elements.nodes, edges } }, near);
  }

  async function select(id: string | null) {
    const mine = ++request;
    selected = id;
    if (id === null) {
      update({ focus: null, selectedEdge: null });
      show(home());
      return;
    }
    if (cy.getElementById(id).empty()) {
      const piece = await fetchSubgraph([id]);
      if (mine !== request) return;
      await add(piece, null);
    }
    const node = dataOf(id);
    if (!node) return;
    update({ focus: { id, neighbours: view.neighboursOf(id) }, selectedEdge: null });
    view.reveal(id);
    show(loadingView(node));
    await tracked(fetchNodeDetails(id)).then(
      (details) => mine === request && show(detailsView(details, connections(id), actions)),
      (error: Error) => mine === request && show(failedView(node, error.message)),
    );
  }

  async function selectEdge(id: string) {
    const mine = ++request;
    const edge = cy.getElementById(id);
    if (edge.empty()) return;
    selected = null;
    update({ selectedEdge: id, focus: null });
    const data = edge.data();
    const source = dataOf(data.source) as GraphNodeData;
    const target = dataOf(data.target) as GraphNodeData;
    const factId = evidenceEnd(data, (nodeId) => dataOf(nodeId)?.type);
    show(loadingView({ type: 'statement', label: 'Evidence' }));
    const details: NodeDetails | null = factId ? await fetchNodeDetails(factId).catch(() => null) : null;
    if (mine === request) show(edgeView(data, source, target, details, actions));
  }

  /** Failures end in the status line: the analyst sees why nothing was added. */
  function expand(id: string, choice?: NeighbourFilter): Promise<void> {
    return tracked(expandNode(id, choice)).catch((error: Error) => onStatus(`Could not expand: ${error.message}`));
  }

  async function expandNode(id: string, choice?: NeighbourFilter) {
    const node = dataOf(id);
    onStatus(`Expanding ${node?.label ?? id}…`);
    const filters = { outlets: state.filters.outlets ? [...state.filters.outlets] : undefined, kinds: state.filters.kinds ? [...state.filters.kinds] : undefined };
    const page = await fetchNeighbours(id, { limit: HUB_LIMIT, ...filters, ...choice });
    if (!choice && page.total > HUB_LIMIT) {
      ++request;
      show(hubChoiceView(page, HUB_LIMIT, actions));
      onStatus(`${page.node.label}: ${page.total} neighbours, choose which to add`);
      return;
    }
    if (cy.getElementById(id).empty()) await add({ elements: { nodes: [{ data: page.node }], edges: [] } });
    const fresh = await add(page, id);
    // After a choice the panel still offers it: show the node itself now, its new neighbours in view.
    if (choice) await select(id);
    onStatus(`${fresh.length} added around ${page.node.label}${page.total > page.elements.nodes.length ? ` (${page.total} in all)` : ''}`);
  }

  const actions: PanelActions = {
    select: (id) => void tracked(select(id)).catch((error: Error) => onStatus(error.message)),
    expand: (id, choice) => void expand(id, choice),
    showClaims: (id) => {
      ++request;
      void tracked(fetchPlaceClaims(id)).then((claims) => show(claimsView(claims, actions)), (error: Error) => onStatus(error.message));
    },
    loadPage: (id, page) => fetchNodeDetails(id, page),
  };

  return {
    actions, update, expand,
    select: (id) => void tracked(select(id)).catch((error: Error) => onStatus(error.message)),
    selectEdge: (id) => void tracked(selectEdge(id)).catch((error: Error) => onStatus(error.message)),
    add: (payload, near) => tracked(add(payload, near)),
    state: () => state, selected: () => selected, setHome: (render) => (home = render), busy: () => pending,
  };
}
