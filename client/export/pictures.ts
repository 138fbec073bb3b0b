// Pictures of the graph from the canvas: PNG at 2× or at a chosen width (cy.png), SVG (cytoscape-svg), with the legend.

import cytoscape, { type Core } from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import { drawLegendOnCanvas, LEGEND_BACKGROUND, LEGEND_HEIGHT, legendEntries, legendSvgGroup } from './legend-drawing';

cytoscape.use(cytoscapeSvg);

export type PictureScope = 'view' | 'selection';

export interface PictureRequest {
  scope: PictureScope;
  /** Ids drawn when the scope is the selection; the rest is hidden while the picture is taken. */
  selection: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<string>;
}

/** Draws the selection alone, whole (`full`), or the view as it is on screen; restores the canvas afterwards. */
function withScope<T>(cy: Core, request: PictureRequest, take: (full: boolean) => T): T {
  if (request.scope === 'view') return take(false);
  const others = cy.elements().filter((element) => {
    if (element.isNode()) return !request.selection.has(element.id());
    return !request.selection.has(element.source().id()) || !request.selection.has(element.target().id());
  });
  const wereHidden = others.filter('.hidden');
  others.addClass('hidden');
  try {
    return take(true);
  } finally {
    others.not(wereHidden).removeClass('hidden');
  }
}

function loadImage(uri: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('whosaid export: the canvas picture could not be read back'));
    image.src = uri;
  });
}

/** A PNG at `scale` (2 for a 2× picture) or exactly `width` pixels wide, with the legend band below the graph. */
export async function pngPicture(cy: Core, request: PictureRequest, size: { scale: number } | { width: number }): Promise<Blob> {
  const uri = withScope(cy, request, (full) => cy.png({
    full, bg: LEGEND_BACKGROUND, output: 'base64uri',
    ...('width' in size ? { maxWidth: size.width } : { scale: size.scale }),
  }));
  const image = await loadImage(uri);
  // The legend grows with the picture: as wide a picture at twice the pixels gets a legend twice as tall.
  const scale = 'width' in size ? Math.max(1, size.width / 1200) : size.scale;
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height + Math.round(LEGEND_HEIGHT * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('whosaid export: no 2D canvas to draw the picture on');
  context.drawImage(image, 0, 0);
  drawLegendOnCanvas(context, image.height, canvas.width, scale, legendEntries(request.hiddenTypes));
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('whosaid export: PNG encoding failed'))), 'image/png'));
}

/**
 * cytoscape-svg draws Cytoscape's round-tag shape as long streaks (its path-to-SVG conversion loses a move); the
 * statements are drawn as plain tags while the SVG is made, which reads the same at the size they have.
 */
function withSvgSafeShapes<T>(cy: Core, draw: () => T): T {
  const tags = cy.nodes().filter((node) => node.style('shape') === 'round-tag');
  tags.style('shape', 'tag');
  try {
    return draw();
  } finally {
    tags.removeStyle('shape');
  }
}

/** An SVG drawing of the graph (cytoscape-svg), one legend group added below it. */
export function svgPicture(cy: Core, request: PictureRequest): Blob {
  const text = withScope(cy, request, (full) => withSvgSafeShapes(cy, () => (cy as Core & { svg(options: object): string }).svg({ full, scale: 1, bg: LEGEND_BACKGROUND })));
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const svg = doc.documentElement;
  const width = Number.parseFloat(svg.getAttribute('width') ?? '0');
  const height = Number.parseFloat(svg.getAttribute('height') ?? '0');
  svg.setAttribute('height', String(height + LEGEND_HEIGHT));
  const viewBox = svg.getAttribute('viewBox');
  if (viewBox) {
    const [x, y, w, h] = viewBox.split(/[\s,]+/).map(Number);
    svg.setAttribute('viewBox', `${x} ${y} ${w} ${h + LEGEND_HEIGHT * (h / height)}`);
  }
  svg.append(legendSvgGroup(doc, height, width, 1, legendEntries(request.hiddenTypes)));
  return new Blob([new XMLSerializer().serializeToString(doc)], { type: 'image/svg+xml' });
}
