// The saved questions sidebar: GET /api/queries as a list; each opens a form of its typed parameters and runs it.

import type { SavedQuestionSummary } from '../../server/contract';
import { fetchSavedQuestions, runSavedQuestion } from '../api';
import { h } from '../dom';
import type { QueryOutcome } from './cypher-console';
import { parameterForm } from './parameter-form';

export async function installQuestions(container: HTMLElement, outcome: QueryOutcome): Promise<void> {
  container.replaceChildren(h('p', { className: 'muted' }, 'Loading the saved questions…'));
  const { queries } = await fetchSavedQuestions();
  container.replaceChildren(h('ul', { className: 'question-list', attrs: { 'aria-label': 'Saved questions' } },
    ...queries.map((question) => h('li', {}, questionEntry(question, outcome)))));
}

/** A question is a disclosure: its title; opened, its description, its parameters and a Run button. */
function questionEntry(question: SavedQuestionSummary, outcome: QueryOutcome): HTMLElement {
  const form = parameterForm(question.name, question.parameters);
  const run = h('button', { className: 'panel-button primary', attrs: { type: 'submit', 'data-question-run': question.name } }, 'Run');
  // novalidate: the form's own check names the parameter; the browser's would stop the submit with a bubble instead.
  const body = h('form', { className: 'question-form', attrs: { 'data-question': question.name, 'aria-label': question.title, novalidate: '' } },
    h('p', { className: 'muted' }, question.description), form.element, run);
  body.addEventListener('submit', (event) => {
    event.preventDefault();
    let params: Record<string, unknown>;
    try {
      params = form.values();
    } catch (error) {
      outcome.failed(error, '');
      return;
    }
    run.disabled = true;
    outcome.running(`Running “${question.title}”…`);
    runSavedQuestion(question.name, params).then(outcome.answered, (error) => outcome.failed(error, ''))
      .finally(() => (run.disabled = false));
  });
  return h('details', { className: 'question' }, h('summary', { attrs: { 'data-question-title': question.name } }, question.title), body);
}
