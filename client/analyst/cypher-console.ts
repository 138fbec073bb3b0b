// The Cypher console: Neo4j's Cypher mode for CodeMirror 6, Ctrl-Enter (or Run) sends the query to POST /api/cypher.

import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import { Prec } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import type { CypherPayload } from '../../server/contract';
import { runCypher } from '../api';
import { h } from '../dom';
import { faultPosition } from './results';

/** What the console opens with: a question the seed answers, and a shape (a path) the canvas can draw. */
export const STARTING_QUERY = 'MATCH (speaker:Person)-[:SAID]->(statement:Statement)-[:ABOUT]->(place:Place)\nRETURN speaker, statement, place\nLIMIT 25';

export interface QueryOutcome {
  /** Shows the answer (table, canvas) and returns nothing; failures are shown by the same hand. */
  answered(payload: CypherPayload): Promise<void>;
  failed(error: unknown, query: string): void;
  running(text: string): void;
}

/** The editor's size, as a theme: it lands in the shadow root's constructed stylesheet with CodeMirror's own. */
const SIZE = EditorView.theme({
  '&': { minHeight: '120px', maxHeight: '300px', fontSize: '13px' },
  '&.cm-focused': { outline: '1px solid #5aa9ff' },
  '.cm-scroller': { overflow: 'auto' },
});

/**
 * CodeMirror writes its styles into a <style> element, which the page's CSP refuses, except inside a shadow root,
 * where it gives them to `adoptedStyleSheets` (constructed stylesheets, which CSP does not govern). The Cypher
 * mode's colours come as a file (client/dist/cypher-editor.css, from the package) linked inside the same root.
 */
function editorRoot(host: HTMLElement): HTMLElement {
  const shadow = host.attachShadow({ mode: 'open' });
  const mount = h('div', { className: 'cypher-mount' });
  shadow.append(h('link', { attrs: { rel: 'stylesheet', href: 'cypher-editor.css' } }), mount);
  return mount;
}

export interface CypherConsole {
  run(): Promise<void>;
  setQuery(text: string): void;
  focus(): void;
}

export function installCypherConsole(container: HTMLElement, outcome: QueryOutcome): CypherConsole {
  const host = h('div', { className: 'cypher-editor', attrs: { 'data-cypher': 'editor' } });
  const runButton = h('button', { className: 'panel-button primary', attrs: { type: 'button', 'data-cypher': 'run', title: 'Run the query (Ctrl+Enter)' } }, 'Run');
  const hint = h('span', { className: 'muted' }, 'Ctrl+Enter runs · read-only, with a time limit and a row cap');
  container.replaceChildren(host, h('div', { className: 'cypher-actions' }, runButton, hint));

  // Highest precedence: the editor's own keymap would otherwise read Ctrl+Enter as "insert a blank line".
  const runKey = Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (void run(), true) }]));
  // The typings say the editor comes back bare; the package returns it wrapped, as its README shows.
  const { editor } = createCypherEditor(editorRoot(host), {
    value: STARTING_QUERY, theme: 'dark', autofocus: false, lineWrapping: true, preExtensions: [runKey, SIZE],
  }) as unknown as { editor: EditorApi };
  // The editable area is a contenteditable div: its name for screen readers is given here.
  editor.codemirror.contentDOM.setAttribute('aria-label', 'Cypher query');

  let busy = false;
  async function run(): Promise<void> {
    const query = editor.codemirror.state.doc.toString();
    if (busy || query.trim() === '') return;
    busy = true;
    runButton.disabled = true;
    outcome.running('Running…');
    try {
      await outcome.answered(await runCypher(query));
    } catch (error) {
      outcome.failed(error, query);
      const position = faultPosition(error);
      if (position) editor.setPosition(position, true);
    } finally {
      busy = false;
      runButton.disabled = false;
    }
  }
  runButton.addEventListener('click', () => void run());
  return {
    run,
    setQuery: (text) => editor.setValue(text),
    focus: () => editor.focus(),
  };
}
