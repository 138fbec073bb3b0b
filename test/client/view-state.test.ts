// The view reducers: filters hide, search and selection highlight and fade, and labels follow the zoom.
import { expect } from 'chai';
import type { GraphEdgeData, GraphNodeData } from '../../server/contract';
import { edgeClasses, FORCED_LABEL, INITIAL_VIEW_STATE, labelPriority, nodeClasses, type Camera, type ViewState } from '../../client/view-state';

const putin: GraphNodeData = { id: 'person:vladimir putin', label: 'Vladimir Putin', type: 'person', degree: 7 };
const quote: GraphNodeData = { id: 's1', label: 'We proceed from the fact…', type: 'statement', degree: 2 };
const lyman: GraphNodeData = { id: 'place:lyman', label: 'Lyman', type: 'place', degree: 6 };
const said: GraphEdgeData = { id: 'e1', source: putin.id, target: quote.id, type: 'SAID' };
const mentions: GraphEdgeData = { id: 'e2', source: 'article:1', target: lyman.id, type: 'MENTIONS' };

const overview: Camera = { zoom: 0.7, hover: null, placed: null };
const closeUp: Camera = { zoom: 2, hover: null, placed: null };
const focusOnPutin: ViewState = { ...INITIAL_VIEW_STATE, focus: { id: putin.id, neighbours: new Set([quote.id]) } };

describe('client/view-state', () => {
  it('should draw an entity with its label and a quote without one at the overview.', () => {
    expect(nodeClasses(putin, INITIAL_VIEW_STATE, overview)).to.deep.equal(['person']);
    expect(nodeClasses(quote, INITIAL_VIEW_STATE, overview)).to.deep.equal(['statement', 'quiet']);
    expect(nodeClasses(quote, INITIAL_VIEW_STATE, closeUp)).to.deep.equal(['statement']);
  });

  it('should hide the nodes of a type the analyst switched off.', () => {
    const state = { ...INITIAL_VIEW_STATE, hiddenTypes: new Set(['statement']) };
    expect(nodeClasses(quote, state, overview)).to.deep.equal(['statement', 'hidden']);
    expect(nodeClasses(putin, state, overview)).to.deep.equal(['person']);
  });

  it('should mark search matches and fade everything else.', () => {
    const state = { ...INITIAL_VIEW_STATE, matches: new Set([lyman.id]) };
    expect(nodeClasses(lyman, state, overview)).to.deep.equal(['place', 'match']);
    expect(nodeClasses(putin, state, overview)).to.deep.equal(['person', 'faded', 'quiet']);
    expect(edgeClasses(mentions, state, overview)).to.deep.equal(['MENTIONS', 'quiet']);
    expect(edgeClasses(said, state, overview)).to.deep.equal(['SAID', 'faded', 'quiet']);
  });

  it('should show the selected node and its neighbours, labelled, and fade the rest.', () => {
    expect(nodeClasses(putin, focusOnPutin, overview)).to.deep.equal(['person', 'focus']);
    expect(nodeClasses(quote, focusOnPutin, overview)).to.deep.equal(['statement', 'neighbour']);
    expect(nodeClasses(lyman, focusOnPutin, overview)).to.deep.equal(['place', 'faded', 'quiet']);
    expect(edgeClasses(said, focusOnPutin, overview)).to.deep.equal(['SAID', 'focus-edge']);
    expect(edgeClasses({ ...mentions, source: putin.id }, focusOnPutin, overview)).to.deep.equal(['MENTIONS', 'focus-edge', 'quiet']);
    expect(edgeClasses(said, focusOnPutin, overview, 20)).to.deep.equal(['SAID', 'focus-edge', 'quiet']);
    expect(edgeClasses(mentions, focusOnPutin, overview)).to.deep.equal(['MENTIONS', 'faded', 'quiet']);
  });

  it('should hide a label that found no room, and draw the others on the side they found.', () => {
    const placed: Camera = { ...overview, placed: new Map([[putin.id, 'below-right' as const]]) };
    expect(nodeClasses(lyman, INITIAL_VIEW_STATE, placed)).to.deep.equal(['place', 'quiet']);
    expect(nodeClasses(putin, INITIAL_VIEW_STATE, placed)).to.deep.equal(['person', 'label-below-right']);
    expect(nodeClasses(lyman, INITIAL_VIEW_STATE, { ...placed, placed: new Map([[lyman.id, 'below' as const]]) })).to.deep.equal(['place']);
  });

  it('should hide what the outlet, kind and time filters leave out, and what the analyst hid by hand, but never an entity for its date.', () => {
    const dated: GraphNodeData = { ...quote, outlet: 'NBC News', kind: 'direct', reportDate: '2022-10-05' };
    const byOutlet = { ...INITIAL_VIEW_STATE, filters: { outlets: new Set(['TASS']), kinds: null, time: null } };
    const byTime = { ...INITIAL_VIEW_STATE, filters: { outlets: null, kinds: null, time: { from: '2022-11-01', to: '2022-11-30', by: 'report' as const } } };
    expect(nodeClasses(dated, byOutlet, closeUp)).to.deep.equal(['statement', 'hidden']);
    expect(nodeClasses(dated, byTime, closeUp)).to.deep.equal(['statement', 'hidden']);
    expect(nodeClasses(putin, byTime, overview)).to.deep.equal(['person']);
    expect(nodeClasses({ ...putin, userHidden: true }, INITIAL_VIEW_STATE, overview)).to.deep.equal(['person', 'hidden']);
    expect(nodeClasses({ ...putin, pinned: true }, INITIAL_VIEW_STATE, overview)).to.deep.equal(['person', 'pinned']);
  });

  it('should draw the selected edge highlighted and named, whatever its length.', () => {
    const state = { ...INITIAL_VIEW_STATE, selectedEdge: said.id };
    expect(edgeClasses(said, state, overview, 5)).to.deep.equal(['SAID', 'selected-edge']);
  });

  it('should keep every label below its node while labels have not been placed yet.', () => {
    expect(nodeClasses(lyman, INITIAL_VIEW_STATE, overview)).to.deep.equal(['place']);
  });

  it('should give the selected or hovered node a forced label, highlighted ones next, and faded ones none.', () => {
    expect(labelPriority(putin, focusOnPutin, overview)).to.equal(FORCED_LABEL);
    expect(labelPriority(quote, focusOnPutin, overview)).to.be.below(FORCED_LABEL).and.above(labelPriority(putin, INITIAL_VIEW_STATE, overview) as number);
    expect(labelPriority(lyman, focusOnPutin, overview)).to.equal(null);
    expect(labelPriority(quote, INITIAL_VIEW_STATE, overview)).to.equal(null);
  });
});
