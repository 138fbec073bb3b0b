// Keyboard access: shortcuts for the page (search, undo, redo) and for the canvas (move between nodes, expand, hide, pin, zoom).

import type { Core } from 'cytoscape';

export interface KeyActions {
  focusSearch(): void;
  undo(): void;
  redo(): void;
  clearSelection(): void;
  selected(): string | null;
  select(id: string): void;
  expand(id: string): void;
  remove(id: string): void;
  hide(id: string): void;
  pin(id: string): void;
  zoom(factor: number): void;
  fit(): void;
}

/** The shortcuts, as the README and the canvas's description list them. */
export const SHORTCUTS: [string, string][] = [
  ['/', 'search'], ['Ctrl+Z', 'undo'], ['Ctrl+Shift+Z or Ctrl+Y', 'redo'], ['Esc', 'clear the selection'],
  ['Tab to the canvas, then ← →', 'move between nodes'], ['Enter or X', 'expand the selected node'],
  ['Delete', 'remove it'], ['H', 'hide it'], ['P', 'pin or unpin it'], ['+ −', 'zoom'], ['F', 'fit'],
];

const typing = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Nodes in reading order (top to bottom, left to right), so arrow keys walk the canvas as the eye does. */
function readingOrder(cy: Core): string[] {
  return cy.nodes(':visible').sort((a, b) => {
    const pa = a.renderedPosition();
    const pb = b.renderedPosition();
    return Math.round(pa.y / 40) - Math.round(pb.y / 40) || pa.x - pb.x;
  }).map((n) => n.id());
}

export function bindKeyboard(doc: Document, canvas: HTMLElement, cy: Core, actions: KeyActions): void {
  doc.addEventListener('keydown', (event) => {
    const ctrl = event.ctrlKey || event.metaKey;
    if (ctrl && event.key.toLowerCase() === 'z' && !typing(event.target)) {
      event.preventDefault();
      if (event.shiftKey) actions.redo();
      else actions.undo();
    } else if (ctrl && event.key.toLowerCase() === 'y' && !typing(event.target)) {
      event.preventDefault();
      actions.redo();
    } else if (event.key === '/' && !typing(event.target)) {
      event.preventDefault();
      actions.focusSearch();
    } else if (event.key === 'Escape' && !typing(event.target)) {
      actions.clearSelection();
    }
  });
  canvas.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const id = actions.selected();
    const order = () => readingOrder(cy);
    const step = (by: number) => {
      const ids = order();
      if (ids.length === 0) return;
      const at = id ? ids.indexOf(id) : -1;
      actions.select(ids[(at + by + ids.length) % ids.length]);
    };
    const onSelected = (run: (selectedId: string) => void) => (id ? run(id) : undefined);
    const keys: Record<string, () => void> = {
      ArrowRight: () => step(1), ArrowDown: () => step(1), ArrowLeft: () => step(-1), ArrowUp: () => step(-1),
      Enter: () => onSelected(actions.expand), x: () => onSelected(actions.expand),
      Delete: () => onSelected(actions.remove), Backspace: () => onSelected(actions.remove),
      h: () => onSelected(actions.hide), p: () => onSelected(actions.pin),
      '+': () => actions.zoom(1.5), '=': () => actions.zoom(1.5), '-': () => actions.zoom(1 / 1.5), f: () => actions.fit(),
    };
    const run = keys[event.key] ?? keys[event.key.toLowerCase()];
    if (run) {
      event.preventDefault();
      run();
    }
  });
}
