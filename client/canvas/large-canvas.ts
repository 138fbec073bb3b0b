// How the canvas draws when it holds many nodes: no edges while nodes are dragged or the camera is animated, straight edges.
// (While the analyst pans and zooms, the picture on screen is moved instead: canvas/camera-glide.ts.)

import type { Core } from 'cytoscape';

/** Above this many nodes the canvas draws for speed, and labels are placed again only when the camera rests. */
export const LARGE_CANVAS = 500;

type Renderer = { hideEdgesOnViewport: boolean };

/** Whether the canvas holds more than LARGE_CANVAS nodes. */
export function isLargeCanvas(cy: Core): boolean {
  return cy.nodes().length > LARGE_CANVAS;
}

/** Returns a function to call whenever the canvas's size may have changed; it switches modes only when needed. */
export function largeCanvasMode(cy: Core): () => void {
  let large = false;
  return () => {
    const now = isLargeCanvas(cy);
    // Cytoscape's own option for large graphs, read by its renderer on every frame. Its `textureOnViewport` stays off:
    // the glide moves the picture already on screen, where that option first draws the whole view again into a texture.
    const renderer = (cy as unknown as { renderer(): Renderer }).renderer();
    renderer.hideEdgesOnViewport = now;
    if (now === large) return;
    large = now;
    // Straight "haystack" edges draw several times faster than curves with arrows; a large canvas needs the speed.
    cy.style().selector('edge').style(now ? { 'curve-style': 'haystack', 'haystack-radius': 0 } : { 'curve-style': 'bezier' }).update();
  };
}
