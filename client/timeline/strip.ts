// The timeline strip under the canvas: events and statements per period, and a brush (drag, or the date fields) that filters the canvas.

import type { TimelinePayload } from '../../server/contract';
import { h } from '../dom';
import type { TimeWindow } from '../workspace/permalink';
import { binDays, dateAt, xOf, type Bin } from './bins';

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 44;

export interface TimelineControl {
  set(window: TimeWindow | null): void;
}

function svgElement(name: string, attrs: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, String(value));
  return element;
}

export function renderTimeline(container: HTMLElement, data: TimelinePayload, onChange: (window: TimeWindow | null) => void): TimelineControl {
  let by: TimeWindow['by'] = 'event';
  let current: TimeWindow | null = null;
  const svg = svgElement('svg', { class: 'timeline-chart', height: HEIGHT, role: 'img', 'aria-label': 'Events (red) and statements (violet) per period; drag to choose a time window' }) as SVGSVGElement;
  const from = h('input', { attrs: { type: 'date', 'aria-label': 'From date', id: 'time-from' } });
  const to = h('input', { attrs: { type: 'date', 'aria-label': 'To date', id: 'time-to' } });
  const mode = h('select', { attrs: { 'aria-label': 'Place events by', id: 'time-by' } },
    h('option', { attrs: { value: 'event' } }, 'Events by their own date'), h('option', { attrs: { value: 'report' } }, 'Events by report date'));
  const clear = h('button', { className: 'timeline-clear', attrs: { type: 'button' }, onClick: () => emit(null) }, 'All dates');
  const note = h('span', { className: 'timeline-note' }, data.undatedEvents > 0 ? `${data.undatedEvents} events undated` : '');
  container.replaceChildren(h('div', { className: 'timeline-controls' }, h('span', { className: 'legend-title' }, 'Time'), mode, from, to, clear, note), svg);

  let bins: Bin[] = [];
  const width = () => Math.max(1, svg.clientWidth || container.clientWidth || 600);

  function draw() {
    bins = binDays(data.days, by);
    svg.replaceChildren();
    if (bins.length === 0) return;
    const w = width();
    const barWidth = w / bins.length;
    const most = Math.max(1, ...bins.map((b) => Math.max(b.events, b.reports)));
    bins.forEach((bin, i) => {
      const reportsHeight = (bin.reports / most) * (HEIGHT - 4);
      const eventsHeight = (bin.events / most) * (HEIGHT - 4);
      if (reportsHeight > 0) svg.append(svgElement('rect', { x: i * barWidth, y: HEIGHT - reportsHeight, width: Math.max(1, barWidth - 1), height: reportsHeight, class: 'bar-statements' }));
      if (eventsHeight > 0) svg.append(svgElement('rect', { x: i * barWidth + barWidth * 0.25, y: HEIGHT - eventsHeight, width: Math.max(1, barWidth * 0.5), height: eventsHeight, class: 'bar-events' }));
    });
    if (current) {
      const x1 = xOf(bins, current.from, w);
      const x2 = xOf(bins, current.to, w);
      svg.append(svgElement('rect', { x: Math.min(x1, x2), y: 0, width: Math.max(2, Math.abs(x2 - x1)), height: HEIGHT, class: 'brush' }));
    }
  }

  function emit(window: TimeWindow | null) {
    current = window;
    from.value = window?.from ?? '';
    to.value = window?.to ?? '';
    draw();
    onChange(window);
  }

  let dragFrom: number | null = null;
  const xIn = (event: PointerEvent) => event.clientX - svg.getBoundingClientRect().left;
  svg.addEventListener('pointerdown', (event) => {
    if (bins.length === 0) return;
    dragFrom = xIn(event);
    svg.setPointerCapture(event.pointerId);
  });
  svg.addEventListener('pointermove', (event) => {
    if (dragFrom === null) return;
    const a = dateAt(bins, dragFrom, width());
    const b = dateAt(bins, xIn(event), width());
    current = { from: a < b ? a : b, to: a < b ? b : a, by };
    draw();
  });
  svg.addEventListener('pointerup', (event) => {
    if (dragFrom === null) return;
    const a = dateAt(bins, dragFrom, width());
    const b = dateAt(bins, xIn(event), width());
    dragFrom = null;
    emit({ from: a < b ? a : b, to: a < b ? b : a, by });
  });
  const fromFields = () => {
    if (from.value && to.value) emit({ from: from.value <= to.value ? from.value : to.value, to: from.value <= to.value ? to.value : from.value, by });
  };
  from.addEventListener('change', fromFields);
  to.addEventListener('change', fromFields);
  mode.addEventListener('change', () => {
    by = mode.value === 'report' ? 'report' : 'event';
    if (current) emit({ ...current, by });
    else draw();
  });
  new ResizeObserver(() => draw()).observe(svg);
  draw();
  return {
    set(window) {
      current = window;
      if (window) by = window.by;
      mode.value = by;
      from.value = window?.from ?? '';
      to.value = window?.to ?? '';
      draw();
    },
  };
}
