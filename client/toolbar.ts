// The page's fixed elements and the toolbar: search as you type (Enter zooms to the matches), fit, re-run the layout, Escape.

export interface PageElements {
  canvas: HTMLElement;
  panel: HTMLElement;
  legend: HTMLElement;
  banner: HTMLElement;
  empty: HTMLElement;
  status: HTMLElement;
  search: HTMLInputElement;
  searchStatus: HTMLElement;
  fitButton: HTMLButtonElement;
  layoutButton: HTMLButtonElement;
  /** Where the Export menu (client/export/menu.ts) goes. */
  exportMenu: HTMLElement;
}

export interface ToolbarActions {
  /** Highlights what the query names; returns the matches, or null when the query is too short. */
  search(query: string): ReadonlySet<string> | null;
  fitMatches(): void;
  fit(): void;
  relayout(): void;
  clearSelection(): void;
  /** Selects a node by id (after new articles were added, say); absent where the toolbar itself does not need it. */
  select(id: string): void;
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
    canvas: byId('cy'),
    panel: byId('panel'),
    legend: byId('legend'),
    banner: byId('banner'),
    empty: byId('empty'),
    status: byId('graph-status'),
    search: byId('search'),
    searchStatus: byId('search-status'),
    fitButton: byId('fit'),
    layoutButton: byId('relayout'),
    exportMenu: byId('export'),
  };
}

export function bindToolbar(page: PageElements, actions: ToolbarActions): void {
  page.search.addEventListener('input', () => {
    const matches = actions.search(page.search.value);
    page.searchStatus.textContent = matches === null ? '' : `${matches.size} ${matches.size === 1 ? 'match' : 'matches'}`;
  });
  page.search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') actions.fitMatches();
    if (event.key === 'Escape') {
      page.search.value = '';
      page.search.dispatchEvent(new Event('input'));
    }
  });
  page.search.ownerDocument.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && event.target !== page.search) actions.clearSelection();
  });
  page.fitButton.addEventListener('click', () => actions.fit());
  page.layoutButton.addEventListener('click', () => actions.relayout());
}
