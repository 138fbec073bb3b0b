// The analyst's sidebar: the Cypher console and the saved questions in two tabs, over one result area; answers join the canvas.

import type { GraphPayload } from '../../server/contract';
import { h } from '../dom';
import type { CypherConsole, QueryOutcome } from './cypher-console';
import { installQuestions } from './questions';
import { failureView, resultView, type CanvasOutcome } from './results';

export interface AnalystCanvas {
  /** Puts an answer's graph on the canvas (one undoable step) and shows it; says how many nodes were new. */
  show(graph: GraphPayload): Promise<CanvasOutcome>;
}

type Tab = 'cypher' | 'questions';

export function installAnalystSidebar(sidebar: HTMLElement, toggle: HTMLButtonElement, canvas: AnalystCanvas): void {
  const result = h('div', { className: 'analyst-result', attrs: { 'aria-live': 'polite', 'data-analyst': 'result' } });
  const panes: Record<Tab, HTMLElement> = {
    cypher: h('div', { className: 'analyst-pane', attrs: { id: 'analyst-cypher', role: 'tabpanel', 'aria-labelledby': 'tab-cypher' } }),
    questions: h('div', { className: 'analyst-pane', attrs: { id: 'analyst-questions', role: 'tabpanel', 'aria-labelledby': 'tab-questions' } }),
  };
  const tabs: Record<Tab, HTMLButtonElement> = {
    cypher: tabButton('cypher', 'Cypher'),
    questions: tabButton('questions', 'Saved questions'),
  };
  sidebar.replaceChildren(h('div', { className: 'analyst-tabs', attrs: { role: 'tablist', 'aria-label': 'Analyst tools' } }, tabs.cypher, tabs.questions),
    panes.cypher, panes.questions, result);

  const outcome: QueryOutcome = {
    running: (text) => result.replaceChildren(h('p', { className: 'muted' }, text)),
    failed: (error, query) => result.replaceChildren(failureView(error, query)),
    answered: async (payload) => result.replaceChildren(resultView(payload, await canvas.show(payload.graph))),
  };
  // The editor comes in its own chunk (scripts/build-client.ts), asked for the first time the sidebar opens.
  let cypher: Promise<CypherConsole> | null = null;
  const loadConsole = () => (cypher ??= import('./cypher-console').then(({ installCypherConsole }) => installCypherConsole(panes.cypher, outcome))
    .catch((error) => {
      cypher = null;
      outcome.failed(error, '');
      throw error;
    }));
  panes.cypher.replaceChildren(h('p', { className: 'muted' }, 'Loading the Cypher editor…'));
  let questionsLoaded = false;

  function choose(tab: Tab) {
    for (const [name, button] of Object.entries(tabs) as [Tab, HTMLButtonElement][]) {
      button.setAttribute('aria-selected', String(name === tab));
      panes[name].hidden = name !== tab;
    }
    if (tab === 'questions' && !questionsLoaded) {
      questionsLoaded = true;
      installQuestions(panes.questions, outcome).catch((error) => {
        questionsLoaded = false;
        outcome.failed(error, '');
      });
    }
  }
  tabs.cypher.addEventListener('click', () => choose('cypher'));
  tabs.questions.addEventListener('click', () => choose('questions'));
  choose('cypher');

  // Assigned, not added: a workspace opened again (after an error, say) binds its own sidebar in place of this one.
  toggle.onclick = () => {
    sidebar.hidden = !sidebar.hidden;
    toggle.setAttribute('aria-expanded', String(!sidebar.hidden));
    if (!sidebar.hidden) void loadConsole().then((editor) => editor.focus(), () => undefined);
  };
}

function tabButton(tab: Tab, text: string): HTMLButtonElement {
  return h('button', { className: 'analyst-tab', attrs: { type: 'button', role: 'tab', id: `tab-${tab}`, 'aria-controls': `analyst-${tab}`, 'data-tab': tab } }, text);
}
