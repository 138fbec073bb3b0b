// Undo and redo for every canvas change, through cytoscape-undo-redo: adding, removing, hiding, pinning, moving.

import cytoscape, { type Core, type ElementDefinition, type NodeCollection } from 'cytoscape';
import undoRedo from 'cytoscape-undo-redo';

export interface History {
  /** Adds element definitions (with positions); returns the ids that were new. */
  add(definitions: ElementDefinition[]): string[];
  remove(ids: string[]): void;
  /** Sets a data flag (userHidden, pinned) on nodes, undoably. */
  flag(ids: string[], flag: 'userHidden' | 'pinned', value: boolean): void;
  /** Sets (or, with null, removes) the named data `keys` of nodes, undoably: what an overlay paints with. */
  mark(keys: string[], values: ReadonlyMap<string, Record<string, unknown> | null>): void;
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Forgets every change (a new workspace was opened). */
  reset(): void;
}

type FlagArgs = { ids: string[]; flag: 'userHidden' | 'pinned'; values: boolean[] };
type MarkArgs = { keys: string[]; ids: string[]; values: (Record<string, unknown> | null)[] };

let registered = false;

export function createHistory(cy: Core, onChange: () => void): History {
  if (!registered) {
    undoRedo(cytoscape);
    registered = true;
  }
  // undoableDrag: a node dragged by hand is moved back by Undo like any other change.
  const ur = (cy as unknown as { undoRedo(options: object): UndoRedo }).undoRedo({ undoableDrag: true, stackSizeLimit: 200 });
  ur.action('flag', (args: FlagArgs) => setFlags(cy, args), (args: FlagArgs) => setFlags(cy, args));
  ur.action('mark', (args: MarkArgs) => setMarks(cy, args), (args: MarkArgs) => setMarks(cy, args));
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
    mark(keys, values) {
      ur.do('mark', { keys, ids: [...values.keys()], values: [...values.values()] });
    },
    undo: () => void (ur.isUndoStackEmpty() || ur.undo()),
    redo: () => void (ur.isRedoStackEmpty() || ur.redo()),
    canUndo: () => !ur.isUndoStackEmpty(),
    canRedo: () => !ur.isRedoStackEmpty(),
    // Told like any change, so the Undo and Redo buttons go grey with the emptied stacks.
    reset: () => {
      ur.reset();
      onChange();
    },
  };
}

interface UndoRedo {
  action<A>(name: string, run: (args: A) => A, undo: (args: A) => A): UndoRedo;
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

/** Sets each node's marks (null removes them) and returns what it had, as setFlags does. */
function setMarks(cy: Core, { keys, ids, values }: MarkArgs): MarkArgs {
  const previous = ids.map((id) => {
    const node = cy.getElementById(id);
    if (node.empty() || node.data(keys[0]) === undefined) return null;
    return Object.fromEntries(keys.map((key) => [key, node.data(key)]));
  });
  ids.forEach((id, i) => {
    const node = cy.getElementById(id);
    if (node.empty()) return;
    const value = values[i];
    if (value) node.data(value);
    else node.removeData(keys.join(' '));
  });
  return { keys, ids, values: previous };
}
