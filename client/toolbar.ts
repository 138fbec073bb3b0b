// The page's fixed elements and the toolbar: server-side search with a result list, undo and redo, zoom, fit, layout, views.

import type { SearchPayload } from '../server/contract';
import { h } from './dom';
import { typeBadge } from './panel/parts';

export interface PageElements {
  canvas: HTMLElement;
  panel: HTMLElement;
  legend: HTMLElement;
  filters: HTMLElement;
  timeline: HTMLElement;
  banner: HTMLElement;
  empty: HTMLElement;
  status: HTMLElement;
  search: HTMLInputElement;
  searchStatus: HTMLElement;
  searchResults: HTMLElement;
  clearButton: HTMLButtonElement;
  undoButton: HTMLButtonElement;
  redoButton: HTMLButtonElement;
  fitButton: HTMLButtonElement;
  layoutButton: HTMLButtonElement;
  viewsButton: HTMLButtonElement;
  viewsMenu: HTMLElement;
  /** Where the Export menu (client/export/menu.ts) goes. */
  exportMenu: HTMLElement;
  /** The analyst's sidebar (Cypher console, saved questions) and the toolbar button that shows it. */
  analyst: HTMLElement;
  analystButton: HTMLButtonElement;
  /** The analytics overlay's controls, over the canvas's corner. */
  analytics: HTMLElement;
}

export interface ToolbarActions {
  /** Asks the server; the results are listed under the box and marked on the canvas. */
  search(query: string): Promise<SearchPayload['results']>;
  /** Puts one result on the canvas and shows it. */
  open(id: string): void;
  /** Puts every result on the canvas. */
  openAll(ids: string[]): void;
  clearSearch(): void;
  clear(): void;
  undo(): void;
  redo(): void;
  fit(): void;
  relayout(): void;
}

/** index.html and the code disagree about the page's elements: a programmer error, reported once at start. */
export class MissingElementError extends Error {
  override name = 'MissingElementError';
}

export function findPageElements(doc: Document): PageElements {
  const byId = <T extends HTMLElement>(id: string): T => {
    const element = doc.getElementById(id);
    if (!element) throw new MissingElementError(`whosaid client: the page has no #${id} element`);
    return element as T;
  };
  return {
    canvas: byId('cy'), panel: byId('panel'), legend: byId('legend'), filters: byId('filters'), timeline: byId('timeline'),
    banner: byId('banner'), empty: byId('empty'), status: byId('graph-status'),
    search: byId('search'), searchStatus: byId('search-status'), searchResults: byId('search-results'),
    clearButton: byId('clear'), undoButton: byId('undo'), redoButton: byId('redo'), fitButton: byId('fit'), layoutButton: byId('relayout'),
    viewsButton: byId('views'), viewsMenu: byId('views-menu'), exportMenu: byId('export'),
    analyst: byId('analyst'), analystButton: byId('analyst-toggle'), analytics: byId('analytics'),
  };
}

/** Waits for the analyst to stop typing before asking the server. */
const SEARCH_DELAY_MS = 200;

export function bindToolbar(page: PageElements, actions: ToolbarActions): void {
  let results: SearchPayload['results'] = [];
  let timer = 0;
  let asked = 0;
  const list = page.searchResults;

  function close() {
    list.hidden = true;
    page.search.setAttribute('aria-expanded', 'false');
  }

  function render() {
    list.replaceChildren(...results.map((result, index) => h('li', { attrs: { role: 'option', id: `search-option-${index}` } },
      h('button', { className: 'search-result', attrs: { type: 'button', tabindex: '-1', 'data-node-id': result.node.id }, onClick: () => choose(result.node.id) },
        typeBadge(result.node.type), h('span', { className: 'search-label' }, result.node.label)))));
    list.hidden = results.length === 0;
    page.search.setAttribute('aria-expanded', String(results.length > 0));
  }

  function choose(id: string) {
    close();
    actions.open(id);
  }

  function active(): number {
    return results.findIndex((_, i) => list.children.item(i)?.classList.contains('active'));
  }

  function move(by: number) {
    if (results.length === 0) return;
    const next = (active() + by + results.length) % results.length;
    Array.from(list.children).forEach((li, i) => li.classList.toggle('active', i === next));
    page.search.setAttribute('aria-activedescendant', `search-option-${next}`);
  }

  page.search.addEventListener('input', () => {
    window.clearTimeout(timer);
    const query = page.search.value.trim();
    if (query.length < 2) {
      results = [];
      render();
      page.searchStatus.textContent = '';
      actions.clearSearch();
      return;
    }
    timer = window.setTimeout(() => {
      const mine = ++asked;
      actions.search(query).then((found) => {
        if (mine !== asked) return;
        results = found;
        page.searchStatus.textContent = `${found.length} ${found.length === 1 ? 'match' : 'matches'}`;
        render();
      }, (error: Error) => (page.searchStatus.textContent = error.message));
    }, SEARCH_DELAY_MS);
  });
  page.search.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      const index = active();
      if (index >= 0) choose(results[index].node.id);
      else if (results.length > 0) {
        close();
        actions.openAll(results.map((r) => r.node.id));
      }
    } else if (event.key === 'Escape') {
      page.search.value = '';
      page.search.dispatchEvent(new Event('input'));
    }
  });
  page.search.addEventListener('blur', () => window.setTimeout(() => {
    if (!list.contains(document.activeElement)) close();
  }, 150));
  page.search.addEventListener('focus', () => render());
  page.clearButton.addEventListener('click', () => actions.clear());
  page.undoButton.addEventListener('click', () => actions.undo());
  page.redoButton.addEventListener('click', () => actions.redo());
  page.fitButton.addEventListener('click', () => actions.fit());
  page.layoutButton.addEventListener('click', () => actions.relayout());
}
