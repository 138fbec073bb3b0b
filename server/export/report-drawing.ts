// Draws the subgraph for the report as inline SVG: laid out on the server with ForceAtlas2, built with xmlbuilder2.
import { MultiDirectedGraph } from 'graphology';
import circular from 'graphology-layout/circular';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { NodeType } from '../contract';
import type { WhosaidGraph } from '../graph/read-graph';
import { xmlText, type XmlBuilder } from './xml-chunks';

/** A drawing with more nodes is a texture, not a picture: the best-connected ones are drawn and the caption says so. */
export const MAX_DRAWN_NODES = 250;

const WIDTH = 1000;
const HEIGHT = 640;
const MARGIN = 40;

/** The explorer's colours and shapes (client/graph-style.ts), so that the report reads like the view it came from. */
export const REPORT_LOOKS: Record<NodeType, { name: string; colour: string; radius: number }> = {
  person: { name: 'Person', colour: '#2F7FD8', radius: 9 },
  organization: { name: 'Organization', colour: '#D98E14', radius: 9 },
  place: { name: 'Place', colour: '#1E9E63', radius: 9 },
  statement: { name: 'Statement', colour: '#8A5CD6', radius: 5 },
  event: { name: 'Event', colour: '#E0503F', radius: 6 },
  article: { name: 'Article', colour: '#7D8793', radius: 7 },
};

const LABELLED = new Set<NodeType>(['person', 'organization', 'place']);

/** Names drawn: the best-connected entities only, so that the labels stay legible at the size of a printed page. */
export const MAX_LABELS = 40;

function drawnPart(graph: WhosaidGraph): MultiDirectedGraph {
  const kept = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a) || a.localeCompare(b)).slice(0, MAX_DRAWN_NODES);
  const keptSet = new Set(kept);
  const drawn = new MultiDirectedGraph();
  kept.sort().forEach((id) => drawn.addNode(id, { type: graph.getNodeAttribute(id, 'type'), label: graph.getNodeAttribute(id, 'label') }));
  graph.forEachEdge((edge, _attributes, source, target) => {
    if (keptSet.has(source) && keptSet.has(target)) drawn.addEdgeWithKey(edge, source, target);
  });
  return drawn;
}

/** Node positions scaled into the drawing's box; the layout starts from a circle, so the same graph draws the same. */
function positions(drawn: MultiDirectedGraph): Map<string, { x: number; y: number }> {
  circular.assign(drawn);
  if (drawn.size > 0) forceAtlas2.assign(drawn, { iterations: 300, settings: { ...forceAtlas2.inferSettings(drawn), barnesHutOptimize: false } });
  const xs = drawn.mapNodes((_id, a) => a.x as number);
  const ys = drawn.mapNodes((_id, a) => a.y as number);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((WIDTH - 2 * MARGIN) / (maxX - minX || 1), (HEIGHT - 2 * MARGIN) / (maxY - minY || 1));
  const place = new Map<string, { x: number; y: number }>();
  drawn.forEachNode((id, a) => place.set(id, {
    x: Math.round((MARGIN + ((a.x as number) - minX) * scale + (WIDTH - 2 * MARGIN - (maxX - minX) * scale) / 2) * 10) / 10,
    y: Math.round((MARGIN + ((a.y as number) - minY) * scale + (HEIGHT - 2 * MARGIN - (maxY - minY) * scale) / 2) * 10) / 10,
  }));
  return place;
}

function shape(svg: XmlBuilder, type: NodeType, x: number, y: number): void {
  const { colour: fill, radius: r } = REPORT_LOOKS[type];
  if (type === 'person') svg.ele('circle', { cx: String(x), cy: String(y), r: String(r), fill }).up();
  else if (type === 'place') svg.ele('polygon', { points: `${x},${y - r} ${x + r},${y} ${x},${y + r} ${x - r},${y}`, fill }).up();
  else if (type === 'event') svg.ele('polygon', { points: `${x},${y - r} ${x + r},${y + r} ${x - r},${y + r}`, fill }).up();
  else svg.ele('rect', { x: String(x - r), y: String(y - r * 0.75), width: String(2 * r), height: String(1.5 * r), rx: type === 'organization' ? '2' : '0', fill }).up();
}

/** Writes the <svg> element into an open builder; returns how many nodes were left out of the drawing. */
export function drawSubgraph(svg: XmlBuilder, graph: WhosaidGraph): number {
  const drawn = drawnPart(graph);
  const place = positions(drawn);
  svg.ele('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': 'The exported subgraph' });
  svg.ele('g', { stroke: '#B8C0CA', 'stroke-width': '0.8' });
  drawn.forEachEdge((_edge, _a, source, target) => {
    const [from, to] = [place.get(source), place.get(target)];
    if (from && to) svg.ele('line', { x1: String(from.x), y1: String(from.y), x2: String(to.x), y2: String(to.y) }).up();
  });
  svg.up().ele('g');
  drawn.forEachNode((id, a) => {
    const at = place.get(id);
    if (at) shape(svg, a.type as NodeType, at.x, at.y);
  });
  svg.up().ele('g', { 'font-family': 'Helvetica, Arial, sans-serif', 'font-size': '12', fill: '#1D2530', stroke: '#FFFFFF', 'stroke-width': '3', 'paint-order': 'stroke' });
  const named = drawn.filterNodes((_id, a) => LABELLED.has(a.type as NodeType))
    .sort((a, b) => drawn.degree(b) - drawn.degree(a) || a.localeCompare(b)).slice(0, MAX_LABELS);
  for (const id of named) {
    const at = place.get(id);
    if (at) svg.ele('text', { x: String(at.x), y: String(at.y + 21), 'text-anchor': 'middle' }).txt(xmlText(drawn.getNodeAttribute(id, 'label'))).up();
  }
  svg.up().up();
  return graph.order - drawn.order;
}
