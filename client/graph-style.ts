// Everything the canvas draws with: the node-type vocabulary (colour, shape, legend name) and the Cytoscape stylesheet.

import type { NodeSingular, StylesheetJson } from 'cytoscape';
import type { NodeType } from '../server/contract';
import { NODE_BORDER, nodeSize } from '../server/canvas-layout/node-size';

export interface NodeTypeLook {
  name: string;
  plural: string;
  colour: string;
  shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'round-tag' | 'triangle' | 'rectangle';
}

/** Hues that stay apart for the common colour-vision deficiencies; the shape carries the type as well. */
export const NODE_TYPES: Record<NodeType, NodeTypeLook> = {
  person: { name: 'Person', plural: 'People', colour: '#5AA9FF', shape: 'ellipse' },
  organization: { name: 'Organization', plural: 'Organizations', colour: '#F5B041', shape: 'round-rectangle' },
  place: { name: 'Place', plural: 'Places', colour: '#3FCF8E', shape: 'diamond' },
  statement: { name: 'Statement', plural: 'Statements', colour: '#C39BFF', shape: 'round-tag' },
  event: { name: 'Event', plural: 'Events', colour: '#FF7A6B', shape: 'triangle' },
  article: { name: 'Article', plural: 'Articles', colour: '#A7B1BE', shape: 'rectangle' },
};

/** Legend and filter order: the actors, then what they said and did, then the sources. */
export const NODE_TYPE_ORDER: NodeType[] = ['person', 'organization', 'place', 'statement', 'event', 'article'];

/** Distance between a node's shape and its label, on whichever side the label sits. */
export const LABEL_MARGIN = 3;

const CANVAS = '#10141b';
const TEXT = '#DCE3EC';
const EDGE = '#3B4654';
const HIGHLIGHT = '#FFE066';
const SAID = '#7C66B0';
const EVENT_LINK = '#9A524B';

/** The link styles the legend explains; the stylesheet below draws edges with the same colours. */
export const EDGE_LOOKS = [
  { name: 'said', colour: SAID, dashed: false },
  { name: 'about', colour: EDGE, dashed: true },
  { name: 'actor / target of event', colour: EVENT_LINK, dashed: false },
  { name: 'mentions / reported in', colour: '#2A323D', dashed: false },
];

/** Label font size in model units: it grows and shrinks with the zoom like the node it names. */
export function labelSize(type: string, degree: number): number {
  if (type === 'statement' || type === 'event') return 8;
  if (type === 'article') return 12;
  return Math.round(Math.min(18, 13.5 + 0.8 * Math.sqrt(degree)));
}

/**
 * Smallest on-screen label size, in pixels, worth drawing: anything smaller is noise, not text. 7.5 rather than 8: the
 * seed's fitted overview (zoom about 0.52 at 1440×900) draws a lesser entity's 15-unit label at 7.8 px, still legible,
 * and at 8 px it named only the dozen hubs.
 */
export const MIN_LABEL_PX = 7.5;

/**
 * Whether a node's label is drawn at this zoom (sigma's rendered-size threshold). At the overview only entities
 * are named, hubs first; statements and events are named as the analyst zooms in, or when selected or matched.
 */
export function nodeLabelShown(type: string, degree: number, zoom: number): boolean {
  return labelSize(type, degree) * zoom >= MIN_LABEL_PX;
}

/**
 * Which labels win when two would overlap: named entities before sources, sources before events and quotes,
 * and among entities the better connected first.
 */
export function labelRank(type: string, degree: number): number {
  if (type === 'statement') return 10;
  if (type === 'event') return 20;
  if (type === 'article') return 90;
  return 100 + Math.min(degree, 100);
}

const EDGE_LABEL_SIZE = 7;

/** An edge shorter than this on screen has no room for its name between its two nodes' labels. */
export const MIN_LABELLED_EDGE_PX = 90;

/**
 * Links to sources are everywhere, and the article's shape already says what they are: they are never named.
 * The others are named only around the selected node (and the selected edge always), and only where the edge is
 * long enough on screen to hold its name: short edges converging on a node would pile "about about about".
 */
export function edgeLabelShown(type: string, touchesFocus: boolean, renderedLength: number): boolean {
  if (type === 'MENTIONS' || type === 'REPORTED_IN') return false;
  return touchesFocus && renderedLength >= MIN_LABELLED_EDGE_PX;
}

const sizeOf = (node: NodeSingular): number => nodeSize(node.data('type'), node.data('degree'));

/** How far a label drawn below its node moves up to sit above it: the node's height, the label's, two margins. */
export function labelAboveOffset(nodeHeight: number, labelHeight: number): number {
  return LABEL_MARGIN - (nodeHeight + labelHeight + 2 * LABEL_MARGIN);
}
const labelLift = (node: NodeSingular): number => labelAboveOffset(node.outerHeight(), Number(node.data('labelHeight') ?? 0));
const fontOf = (node: NodeSingular): number => labelSize(node.data('type'), node.data('degree'));

function typeRules(): StylesheetJson {
  return Object.entries(NODE_TYPES).map(([type, look]) => ({
    selector: `node.${type}`,
    style: { 'background-color': look.colour, shape: look.shape },
  }));
}

export function graphStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: sizeOf,
        height: sizeOf,
        label: 'data(display)',
        'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
        'font-size': fontOf,
        'font-weight': 500,
        color: TEXT,
        'text-valign': 'bottom',
        'text-margin-y': LABEL_MARGIN,
        'text-wrap': 'wrap',
        'text-max-width': '110px',
        'text-outline-color': CANVAS,
        'text-outline-width': 2,
        // A soft plate behind the text keeps it readable where links run under it.
        'text-background-color': CANVAS,
        'text-background-opacity': 0.6,
        'text-background-shape': 'roundrectangle',
        'text-background-padding': '1px',
        'border-width': NODE_BORDER,
        'border-color': CANVAS,
        'overlay-opacity': 0,
      },
    },
    ...typeRules(),
    // The analytics overlay (client/analytics/overlay.ts) sizes and colours entities by their scores.
    { selector: 'node[overlaySize]', style: { width: 'data(overlaySize)', height: 'data(overlaySize)' } },
    { selector: 'node[overlayColour]', style: { 'background-color': 'data(overlayColour)' } },
    { selector: 'node.statement, node.event', style: { 'text-max-width': '150px', 'font-weight': 400, color: '#C5CDD8' } },
    { selector: 'node.article', style: { 'text-max-width': '140px', color: '#B7C1CD' } },
    {
      selector: 'edge',
      style: {
        width: 1,
        'line-color': EDGE,
        'target-arrow-color': EDGE,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.6,
        'curve-style': 'bezier',
        label: 'data(display)',
        'font-size': EDGE_LABEL_SIZE,
        color: '#8D99A8',
        'text-rotation': 'autorotate',
        'text-background-color': CANVAS,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'overlay-opacity': 0,
        // A thin edge is hard to hit: the overlay, though invisible, widens what a click on it catches.
        'overlay-padding': 6,
      },
    },
    { selector: 'edge.SAID', style: { 'line-color': SAID, 'target-arrow-color': SAID, width: 1.4 } },
    { selector: 'edge.ABOUT', style: { 'line-style': 'dashed', 'line-dash-pattern': [4, 3] } },
    { selector: 'edge.ACTOR, edge.TARGET', style: { 'line-color': EVENT_LINK, 'target-arrow-color': EVENT_LINK } },
    { selector: 'edge.MENTIONS, edge.REPORTED_IN', style: { opacity: 0.35, 'target-arrow-shape': 'none' } },
    { selector: '.hidden', style: { display: 'none' } },
    // A label's outline and background have opacities of their own: a hidden label must hide them too, or their
    // canvas-coloured strokes cut into the labels that are drawn.
    { selector: '.quiet', style: { 'text-opacity': 0, 'text-outline-opacity': 0, 'text-background-opacity': 0 } },
    // Above, the label is still laid out below its node and lifted over it: Cytoscape's top-aligned wrapped labels
    // lose their first line in its texture cache.
    { selector: 'node.label-above', style: { 'text-margin-y': labelLift } },
    { selector: 'node.label-below-right', style: { 'text-halign': 'right', 'text-margin-x': LABEL_MARGIN } },
    { selector: 'node.label-below-left', style: { 'text-halign': 'left', 'text-margin-x': -LABEL_MARGIN } },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0, 'text-outline-opacity': 0, 'text-background-opacity': 0 } },
    { selector: 'node.neighbour', style: { 'z-index': 8 } },
    { selector: 'node.match', style: { 'border-color': HIGHLIGHT, 'border-width': 3, color: HIGHLIGHT, 'z-index': 9 } },
    { selector: 'node.focus', style: { 'border-color': '#FFFFFF', 'border-width': 3, 'z-index': 10 } },
    { selector: 'node.hover', style: { 'z-index': 10, 'border-color': '#FFFFFF' } },
    { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 4, 'border-color': '#DCE3EC' } },
    { selector: 'edge.selected-edge', style: { opacity: 1, width: 3, 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT, 'z-index': 11, color: HIGHLIGHT } },
    { selector: 'edge.focus-edge', style: { opacity: 1, width: 2, 'line-color': '#8FA3BA', 'target-arrow-color': '#8FA3BA', 'z-index': 9 } },
  ];
}
