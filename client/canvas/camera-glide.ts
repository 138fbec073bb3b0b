// While the analyst pans or zooms a large canvas, the picture already on screen is moved by a CSS transform instead of
// being drawn again; the canvas is drawn once, for where the camera stopped, when it has rested.
//
// Why: on a machine without a GPU, Cytoscape takes 70-120 ms to draw 5,000 nodes, and its own `textureOnViewport`
// first draws the whole view again into a texture twice the canvas's size at the start of every gesture (0.7-1.3 s).
// The screen's own pixels are already drawn: moving them costs the compositor a few milliseconds a frame. Gestures
// that follow each other within REST_MS (a drag, then the wheel) are one glide, so nothing is drawn between them; nor
// while a mouse button is held down over the moved picture.
//
// A pointer that moves with no button pressed while the picture glides would make Cytoscape look for the element under
// it among every node and edge (at 5,000 nodes, a sixth of the busy time) for a hover that cannot show before the rest:
// such moves wait, and the last of them is replayed when the camera rests.
//
// Only Cytoscape's public API is used: its user-gesture events, `startBatch`/`endBatch` (its renderer draws nothing,
// and builds no textures, while a batch is open) and the `render` event; the elements moved are its canvases (inside
// its own clipping box, so the moved picture never covers the page around the canvas), and the pointer's moves are held
// back before they reach Cytoscape's own listener (on the window).

import type { Core } from 'cytoscape';

/** How long the camera must stay still before the canvas is drawn again: a gesture that follows within it glides on. */
export const REST_MS = 250;

interface Viewport { zoom: number; pan: { x: number; y: number } }

export interface CameraGlide {
  /** Whether the picture on screen is a moved bitmap, waiting for the camera to rest. */
  gliding(): boolean;
  /**
   * Runs `work` once the camera has rested for REST_MS (at once on the next rest, whatever started the wait), just
   * before the canvas is drawn again; a later call replaces an earlier one that has not run yet.
   */
  whenRested(work: () => void): void;
}

/** The CSS transform that moves a picture drawn at `drawn` to where `now` would draw it. */
export function glideTransform(drawn: Viewport, now: Viewport): string {
  const scale = now.zoom / drawn.zoom;
  // A model point p was drawn at p·z₀ + pan₀ and belongs at p·z₁ + pan₁ = (p·z₀ + pan₀)·s + (pan₁ − pan₀·s).
  const x = now.pan.x - drawn.pan.x * scale;
  const y = now.pan.y - drawn.pan.y * scale;
  return `translate(${x}px, ${y}px) scale(${scale})`;
}

/** `enabled` says, at the start of each gesture, whether this canvas glides (a large one) or draws every frame. */
export function cameraGlide(cy: Core, enabled: () => boolean): CameraGlide {
  let drawn: Viewport = { zoom: cy.zoom(), pan: cy.pan() };
  let gliding = false;
  let timer = 0;
  let pending: (() => void) | null = null;
  let picture: HTMLCanvasElement[] = [];
  let heldMove: MouseEvent | null = null;

  /** Cytoscape's canvas layers, found when first needed (the renderer makes them on mount). */
  function layers(): HTMLCanvasElement[] {
    if (picture.length === 0) picture = Array.from(cy.container()?.querySelectorAll('canvas') ?? []);
    return picture;
  }

  function moveLayers(transform: string) {
    for (const canvas of layers()) canvas.style.transform = transform;
  }

  // Every drawing is of the camera as it then was: a glide starts from the last one.
  cy.on('render', () => {
    drawn = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    // The new picture is on the canvas in this same frame: the old one's transform goes with it, so nothing jumps.
    if (!gliding && layers()[0]?.style.transform) moveLayers('');
  });

  cy.on('dragpan scrollzoom pinchzoom', () => {
    if (!gliding && enabled()) {
      gliding = true;
      cy.startBatch();
      for (const canvas of layers()) canvas.style.transformOrigin = '0 0';
    }
    if (gliding) moved();
  });

  cy.on('viewport', () => {
    if (gliding) moved();
  });

  // A node grabbed is about to be dragged (or tapped): it must move on screen as it is dragged, so the glide ends now.
  cy.on('grab', () => {
    if (gliding) {
      window.clearTimeout(timer);
      rest(true);
    }
  });

  const container = cy.container();
  const view = container?.ownerDocument.defaultView;
  // Whether a button is down, as the page saw it: a move's own `buttons` is 0 in some synthetic input (playwright's).
  let pressed = false;
  const press = () => void (pressed = true);
  const release = () => {
    pressed = false;
    // A rest that came while the button was held waited for it.
    if (gliding && timer === 0) restartTimer();
  };
  // A trusted wheel turn says which buttons are down: a release the page never saw (see below) ends here at the latest.
  const wheel = (event: WheelEvent) => void (event.isTrusted && event.buttons === 0 && pressed && release());
  // The window losing focus (another window took the release), not an element of the page losing it: in the capture
  // phase the window sees every element's blur, and clicking the canvas blurs the search box.
  const windowBlur = (event: Event) => void (event.target === view && release());
  const holdMove = (event: MouseEvent) => {
    if (!gliding || pressed || event.buttons !== 0 || !event.isTrusted || !container?.contains(event.target as Node)) return;
    event.stopImmediatePropagation();
    heldMove = event;
  };
  // A press may end without a mouseup: a drag and drop of text or a link ends in dragend, a context menu or another
  // window takes the release. Each of these counts as one, or the next glide would wait for a release forever.
  const listeners: Array<[string, EventListener]> = [
    ['mousedown', press], ['mouseup', release], ['pointerup', release], ['pointercancel', release], ['dragend', release],
    ['contextmenu', release], ['blur', windowBlur], ['wheel', wheel as EventListener], ['mousemove', holdMove as EventListener],
  ];
  for (const [type, listener] of listeners) view?.addEventListener(type, listener, true);
  // A view destroyed (the explorer makes a new one after an error) takes its listeners and its timer with it.
  cy.one('destroy', () => {
    for (const [type, listener] of listeners) view?.removeEventListener(type, listener, true);
    window.clearTimeout(timer);
  });

  /** The last move held back, played again now that the canvas is drawn for where the camera stopped. */
  function replayHeldMove() {
    const move = heldMove;
    heldMove = null;
    if (!move) return;
    const { clientX, clientY, screenX, screenY, altKey, ctrlKey, metaKey, shiftKey } = move;
    move.target?.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, cancelable: true, composed: true, clientX, clientY, screenX, screenY, altKey, ctrlKey, metaKey, shiftKey }));
  }

  function moved() {
    moveLayers(glideTransform(drawn, { zoom: cy.zoom(), pan: cy.pan() }));
    restartTimer();
  }

  function restartTimer() {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => rest(), REST_MS);
  }

  /** Ends the glide (`now`: whatever the mouse's buttons) and runs the work that waited for the rest. */
  function rest(now = false) {
    timer = 0;
    // A button held down is a gesture under way (a drag that has not moved yet, or a slow one): the glide goes on.
    if (gliding && pressed && !now) return;
    if (gliding) {
      gliding = false;
      // The batch's notifications (the camera moved) ask the renderer for one drawing, at the next frame.
      cy.endBatch();
      replayHeldMove();
    }
    const work = pending;
    pending = null;
    work?.();
  }

  return {
    gliding: () => gliding,
    whenRested(work) {
      pending = work;
      restartTimer();
    },
  };
}
