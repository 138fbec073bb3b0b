// The legend drawn into exported pictures: each visible node type's shape, colour and name, for PNG (canvas) and SVG.

import type { NodeType } from '../../server/contract';
import { NODE_TYPES, NODE_TYPE_ORDER } from '../graph-style';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Height of the legend band in CSS pixels at scale 1, and the room each entry takes. */
export const LEGEND_HEIGHT = 34;
const SWATCH = 12;
const ENTRY_GAP = 18;
const FONT = '12px Inter, "Segoe UI", system-ui, sans-serif';
export const LEGEND_BACKGROUND = '#10141b';
const LEGEND_TEXT = '#dce3ec';

export interface LegendEntry {
  type: NodeType;
  name: string;
  colour: string;
  shape: string;
}

export function legendEntries(hidden: ReadonlySet<string>): LegendEntry[] {
  return NODE_TYPE_ORDER.filter((type) => !hidden.has(type)).map((type) => ({ type, ...NODE_TYPES[type], name: NODE_TYPES[type].plural }));
}

/** A swatch outline in a SWATCH-sized box at (x, y), as an SVG path; the same path draws the PNG's swatch. */
function swatchPath(shape: string, x: number, y: number): string {
  const s = SWATCH;
  switch (shape) {
    case 'ellipse': return `M${x + s / 2} ${y}a${s / 2} ${s / 2} 0 1 0 0.01 0Z`;
    case 'diamond': return `M${x + s / 2} ${y}L${x + s} ${y + s / 2}L${x + s / 2} ${y + s}L${x} ${y + s / 2}Z`;
    case 'triangle': return `M${x + s / 2} ${y}L${x + s} ${y + s}L${x} ${y + s}Z`;
    case 'round-tag': return `M${x} ${y + 2}H${x + s * 0.65}L${x + s} ${y + s / 2}L${x + s * 0.65} ${y + s - 2}H${x}Z`;
    default: return `M${x} ${y + 1}H${x + s}V${y + s - 1}H${x}Z`;
  }
}

/** Where each entry starts, measured with the canvas's own text metrics so PNG and SVG line up the same. */
function layout(entries: LegendEntry[], measure: (text: string) => number): number[] {
  let x = 14;
  return entries.map((entry) => {
    const at = x;
    x += SWATCH + 6 + measure(entry.name) + ENTRY_GAP;
    return at;
  });
}

/** Draws the legend band at the bottom of a canvas whose top holds the picture; `scale` is the picture's. */
export function drawLegendOnCanvas(context: CanvasRenderingContext2D, top: number, width: number, scale: number, entries: LegendEntry[]): void {
  context.save();
  context.fillStyle = LEGEND_BACKGROUND;
  context.fillRect(0, top, width, LEGEND_HEIGHT * scale);
  context.scale(scale, scale);
  context.font = FONT;
  context.textBaseline = 'middle';
  const y = top / scale + (LEGEND_HEIGHT - SWATCH) / 2;
  layout(entries, (text) => context.measureText(text).width).forEach((x, index) => {
    const entry = entries[index];
    context.fillStyle = entry.colour;
    context.fill(new Path2D(swatchPath(entry.shape, x, y)));
    context.fillStyle = LEGEND_TEXT;
    context.fillText(entry.name, x + SWATCH + 6, y + SWATCH / 2);
  });
  context.restore();
}

/** The legend band as an SVG group below `top`; text enters through textContent. */
export function legendSvgGroup(doc: Document, top: number, width: number, scale: number, entries: LegendEntry[]): SVGGElement {
  const group = doc.createElementNS(SVG_NS, 'g');
  group.setAttribute('class', 'whosaid-legend');
  group.setAttribute('transform', `translate(0 ${top}) scale(${scale})`);
  const band = doc.createElementNS(SVG_NS, 'rect');
  Object.entries({ x: '0', y: '0', width: String(width / scale), height: String(LEGEND_HEIGHT), fill: LEGEND_BACKGROUND }).forEach(([k, v]) => band.setAttribute(k, v));
  group.append(band);
  const measure = document.createElement('canvas').getContext('2d');
  if (measure) measure.font = FONT;
  const y = (LEGEND_HEIGHT - SWATCH) / 2;
  layout(entries, (text) => measure?.measureText(text).width ?? text.length * 7).forEach((x, index) => {
    const entry = entries[index];
    const path = doc.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', swatchPath(entry.shape, x, y));
    path.setAttribute('fill', entry.colour);
    const label = doc.createElementNS(SVG_NS, 'text');
    Object.entries({ x: String(x + SWATCH + 6), y: String(y + SWATCH / 2), 'dominant-baseline': 'middle', fill: LEGEND_TEXT, 'font-size': '12', 'font-family': 'Inter, Segoe UI, system-ui, sans-serif' })
      .forEach(([k, v]) => label.setAttribute(k, v));
    label.textContent = entry.name;
    group.append(path, label);
  });
  return group;
}
