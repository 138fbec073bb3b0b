// The page's two ways of saying something is wrong: a banner when the API cannot be read, a message when the graph is empty.

import { h } from './dom';

export function showBanner(banner: HTMLElement, title: string, detail: string, retry?: () => void): void {
  banner.replaceChildren(
    h('strong', {}, title),
    h('span', { className: 'banner-detail' }, detail),
    retry ? h('button', { className: 'banner-retry', attrs: { type: 'button' }, onClick: retry }, 'Retry') : '',
  );
  banner.hidden = false;
}

export function hideBanner(banner: HTMLElement): void {
  banner.hidden = true;
  banner.replaceChildren();
}

export function showEmptyState(container: HTMLElement): void {
  container.replaceChildren(
    h('h2', {}, 'The graph is empty'),
    h('p', {}, 'No articles have been loaded into the database yet, so there is nobody to show.'),
    h('p', {}, 'Add articles with the "Add articles" button (when the server has a write token), or from the command line with '
      + '"npm run ingest -- <files or folders>" and then reload this page.'),
  );
  container.hidden = false;
}
