// The canvas's context menu (right-click a node), through cytoscape-context-menus: expand, claims, hide, pin, remove.

import cytoscape, { type Core } from 'cytoscape';
import contextMenus from 'cytoscape-context-menus';

export interface MenuActions {
  expand(id: string): void;
  claims(id: string): void;
  hide(id: string): void;
  pin(id: string): void;
  remove(id: string): void;
  details(id: string): void;
}

let registered = false;

/** Menu labels are fixed strings of ours: the extension writes them as markup, so no data ever goes in them. */
export function bindContextMenu(cy: Core, actions: MenuActions): void {
  if (!registered) {
    contextMenus(cytoscape);
    registered = true;
  }
  const item = (id: string, content: string, selector: string, run: (nodeId: string) => void) => ({
    id, content, selector, tooltipText: content,
    onClickFunction: (event: { target: { id(): string } }) => run(event.target.id()),
  });
  (cy as unknown as { contextMenus(options: object): unknown }).contextMenus({
    evtType: 'cxttap',
    menuItems: [
      item('menu-details', 'Details', 'node', actions.details),
      item('menu-expand', 'Expand neighbours', 'node', actions.expand),
      item('menu-claims', 'Who claims control', 'node.place', actions.claims),
      item('menu-pin', 'Pin / unpin', 'node', actions.pin),
      item('menu-hide', 'Hide', 'node', actions.hide),
      item('menu-remove', 'Remove from canvas', 'node', actions.remove),
    ],
    menuItemClasses: ['context-item'],
    contextMenuClasses: ['context-menu'],
  });
}
