// Entry point of the browser bundle: finds the page's elements, starts the explorer, and exposes it as window.whosaid.

import type { Core } from 'cytoscape';
import { bindAddArticles } from './add-articles';
import { layoutThreadUsed } from './canvas/layout-runner';
import { startExplorer, type ExplorerHandle } from './explorer';
import { findPageElements } from './toolbar';

declare global {
  interface Window {
    /** The explorer's state and its Cytoscape instance (`whosaid.cy`), for the browser tests and the console. */
    whosaid: ExplorerHandle & { readonly cy: Core | null };
  }
}

const handle: ExplorerHandle = { view: null, controller: null, state: 'loading', timings: {}, layoutThread: layoutThreadUsed };
window.whosaid = Object.defineProperty(handle, 'cy', { get: () => handle.view?.cy ?? null, enumerable: true }) as Window['whosaid'];
void startExplorer(findPageElements(document), handle);
void bindAddArticles(document, (articleId) => handle.reload?.(articleId) ?? Promise.resolve());
