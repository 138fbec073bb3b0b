// The Views menu: copy the permalink, save the workspace under a name (in this browser's localStorage), reopen or delete one.

import { h } from '../dom';
import { deleteView, listSavedViews, saveView } from './saved-views';

export interface ViewsActions {
  /** The current workspace's permalink hash. */
  current(): string;
  open(hash: string): void;
  notify(text: string): void;
}

export function bindViewsMenu(button: HTMLButtonElement, menu: HTMLElement, storage: Storage, actions: ViewsActions): void {
  const close = () => {
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  };
  function render() {
    const name = h('input', { attrs: { type: 'text', id: 'view-name', 'aria-label': 'Name of the view to save', placeholder: 'Name this view' } });
    const save = h('button', { className: 'panel-button', attrs: { type: 'button' }, onClick: () => {
      const label = name.value.trim() || `View ${new Date().toLocaleString('en-GB')}`;
      saveView(storage, label, actions.current());
      actions.notify(`Saved “${label}” in this browser`);
      render();
    } }, 'Save');
    name.addEventListener('keydown', (event) => event.key === 'Enter' && save.click());
    const copy = h('button', { className: 'panel-button', attrs: { type: 'button' }, onClick: () => {
      const link = `${location.origin}${location.pathname}${actions.current()}`;
      navigator.clipboard?.writeText(link).then(() => actions.notify('Permalink copied'), () => actions.notify(link));
    } }, 'Copy permalink');
    const views = listSavedViews(storage);
    menu.replaceChildren(
      h('div', { className: 'views-row' }, name, save),
      h('div', { className: 'views-row' }, copy),
      h('p', { className: 'muted views-note' }, 'Saved views stay in this browser only.'),
      views.length === 0 ? h('p', { className: 'muted' }, 'No saved views yet.') : h('ul', { className: 'saved-views' }, ...views.map((view) => h('li', {},
        h('button', { className: 'node-link', attrs: { type: 'button', 'data-view': view.name }, onClick: () => {
          close();
          actions.open(view.hash);
        } }, view.name),
        h('button', { className: 'view-delete', title: `Delete “${view.name}”`, attrs: { type: 'button', 'aria-label': `Delete ${view.name}` }, onClick: () => {
          deleteView(storage, view.name);
          render();
        } }, '×')))),
    );
  }
  button.addEventListener('click', () => {
    if (!menu.hidden) return close();
    render();
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    (menu.querySelector('input') as HTMLInputElement | null)?.focus();
  });
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      close();
      button.focus();
    }
  });
}
