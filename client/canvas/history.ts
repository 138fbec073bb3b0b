// Undo and redo for every canvas change, through cytoscape-undo-redo: adding, removing, hiding, pinning, moving.

import cytoscape, { type Core, type ElementDefinition, type NodeCollection } from 'cytoscape';
import undoRedo from 'cytoscape-undo-redo';

export interface History {
  /** Adds element definitions (with positions); returns the ids that were new. */
  add(definitions: ElementDefinition[]): string[];
  remove(ids: string[]): void;
  /** Sets a data flag (userHidden, pinned) on nodes, undoably. */
  flag(ids: string[], flag: 'userHidden' | 'pinned', value: boolean): void;
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Forgets every change (a new workspace was opened). */
  reset(): void;
}

type FlagArgs = { ids: string[]; flag: 'userHidden' | 'pinned'; values: boolean[] };

let registered = false;

export function createHistory(cy: Core, onChange: () => void): History {
  if (!registered) {
    undoRedo(cytoscape);
    registered = true;
  }
  // undoableDrag: a node dragged by hand is moved back by Undo like any other change.
  const ur = (cy as unknown as { undoRedo(options: object): UndoRedo }).undoRedo({ undoableDrag: true, stackSizeLimit: 200 });
  ur.action('flag', (args: FlagArgs) => setFlags(cy, args), (args: FlagArgs) => setFlags(cy, args));
  cy.on('afterDo afterUndo afterRedo', () => onChange());
  return {
    add(definitions) {
      const fresh = definitions.filter((d) => cy.getElementById(String(d.data.id)).empty());
      if (fresh.length === 0) return [];
      ur.do('add', fresh);
      return fresh.filter((d) => d.group === 'nodes').map((d) => String(d.data.id));
    },
    remove(ids) {
      let nodes = cy.collection();
      for (const id of ids) nodes = nodes.union(cy.getElementById(id));
      if (nodes.nonempty()) ur.do('remove', nodes.union(nodes.connectedEdges()));
    },
    flag(ids, flag, value) {
      ur.do('flag', { ids, flag, values: ids.map(() => value) });
    },
    undo: () => void (ur.isUndoStackEmpty() || ur.undo()),
    redo: () => void (ur.isRedoStackEmpty() || ur.redo()),
    canUndo: () => !ur.isUndoStackEmpty(),
    canRedo: () => !ur.isRedoStackEmpty(),
    reset: () => ur.reset(),
  };
}

interface UndoRedo {
  action(name: string, run: (args: FlagArgs) => FlagArgs, undo: (args: FlagArgs) => FlagArgs): UndoRedo;
  do(name: string, args: unknown): unknown;
  undo(): unknown;
  redo(): unknown;
  isUndoStackEmpty(): boolean;
  isRedoStackEmpty(): boolean;
  reset(): void;
}

/** Sets each node's flag and returns the values it had, which is exactly what undoing needs. */
function setFlags(cy: Core, { ids, flag, values }: FlagArgs): FlagArgs {
  const previous = ids.map((id) => cy.getElementById(id).data(flag) === true);
  ids.forEach((id, i) => {
    const node = cy.getElementById(id) as unknown as NodeCollection;
    if (node.empty()) return;
    node.data(flag, values[i]);
    if (flag === 'pinned') {
      if (values[i]) node.lock();
      else node.unlock();
    }
  });
  return { ids, flag, values: previous };
}
