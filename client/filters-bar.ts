// The source filters under the canvas: which outlets and which kinds of statement the canvas shows.

import type { OverviewPayload } from '../server/contract';
import { h } from './dom';

export interface SourceFilters {
  outlets: string[];
  kinds: string[];
}

export interface FiltersControl {
  set(filters: SourceFilters): void;
}

const KINDS = ['direct', 'mixed', 'indirect'];

/** Empty lists mean "all": an outlet list is only sent when the analyst narrows it. */
export function renderFilters(container: HTMLElement, outlets: OverviewPayload['outlets'], onChange: (filters: SourceFilters) => void): FiltersControl {
  const single = h('select', { attrs: { id: 'outlet-choice', 'aria-label': 'Show facts from outlet' } },
    h('option', { attrs: { value: '' } }, 'All outlets'), ...outlets.map((o) => h('option', { attrs: { value: o.outlet } }, `${o.outlet} (${o.articles})`)));
  const kindBoxes = KINDS.map((kind) => {
    const box = h('input', { attrs: { type: 'checkbox', 'data-kind': kind, 'aria-label': `Show ${kind} statements` } });
    box.checked = true;
    return { kind, box, row: h('label', { className: 'legend-row' }, box, h('span', { className: `kind kind-${kind}` }, kind)) };
  });
  const read = (): SourceFilters => ({
    outlets: single.value ? [single.value] : [],
    kinds: kindBoxes.every((k) => k.box.checked) ? [] : kindBoxes.filter((k) => k.box.checked).map((k) => k.kind),
  });
  single.addEventListener('change', () => onChange(read()));
  kindBoxes.forEach((k) => k.box.addEventListener('change', () => onChange(read())));
  container.replaceChildren(
    h('div', { className: 'legend-group' }, h('span', { className: 'legend-title' }, 'Source'), single),
    h('div', { className: 'legend-group' }, h('span', { className: 'legend-title' }, 'Statements'), ...kindBoxes.map((k) => k.row)),
  );
  return {
    set(filters) {
      single.value = filters.outlets[0] ?? '';
      kindBoxes.forEach((k) => (k.box.checked = filters.kinds.length === 0 || filters.kinds.includes(k.kind)));
    },
  };
}
