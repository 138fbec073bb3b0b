// The Export menu of the toolbar: pictures of the view or the selection, the server's formats, the report and the
// bundle, and opening a bundle again. It reaches the explorer only through ExportTarget.

import type { Core } from 'cytoscape';
import type { ExportFormat, ExportView } from '../../server/contract';
import { h } from '../dom';
import { readBundle, type OpenedBundle } from './bundle';
import { downloadExport, saveFile } from './downloads';
import { pngPicture, svgPicture, type PictureScope } from './pictures';

export interface ExportTarget {
  cy(): Core | null;
  /** The nodes the canvas shows (not hidden by type, by hand or by a filter): what "the view" exports. */
  shown(): string[];
  /** The selected node with its neighbours, or the search matches; null when nothing is selected. */
  selection(): ReadonlySet<string> | null;
  hiddenTypes(): ReadonlySet<string>;
  reopen(bundle: OpenedBundle): Promise<void>;
}

/** The server's formats, as the menu offers them. */
const DATA_FORMATS: [ExportFormat, string][] = [
  ['graphml', 'GraphML'], ['gexf', 'GEXF 1.3'], ['cytoscape', 'Cytoscape JSON'], ['graphology', 'graphology JSON'],
  ['neo4j-csv', 'neo4j-admin CSV (zip)'], ['cypher', 'Cypher script'], ['citations', 'Citations CSV'],
];

const DEFAULT_WIDTH = 1600;

/** Where the explorer stands: node positions, zoom, pan and the legend's filter, for a bundle to reopen. */
export function currentView(cy: Core, hiddenTypes: ReadonlySet<string>): ExportView {
  const positions: ExportView['positions'] = {};
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    positions[node.id()] = { x, y };
  });
  return { positions, zoom: cy.zoom(), pan: { ...cy.pan() }, hiddenTypes: [...hiddenTypes] as ExportView['hiddenTypes'] };
}

export function installExportMenu(container: HTMLElement, target: ExportTarget): void {
  const status = h('p', { className: 'export-status', attrs: { 'aria-live': 'polite' } });
  const say = (text: string) => { status.textContent = text; };
  const scopeInput = (value: PictureScope, label: string) => {
    const input = h('input', { attrs: { type: 'radio', name: 'export-scope', value } });
    input.checked = value === 'view';
    return h('label', { className: 'export-choice' }, input, label);
  };
  const scope = (): PictureScope => ((container.querySelector('input[name=export-scope]:checked') as HTMLInputElement | null)?.value as PictureScope) ?? 'view';
  const width = h('input', { attrs: { type: 'number', min: '200', max: '8000', step: '100', value: String(DEFAULT_WIDTH), 'aria-label': 'PNG width in pixels', 'data-export': 'width' } });
  const title = h('input', { attrs: { type: 'text', placeholder: 'Report title (optional)', maxlength: '200', 'aria-label': 'Report title', 'data-export': 'title' } });

  /** Ids the chosen scope covers: the selection, or every node the canvas shows. */
  function chosenIds(): string[] {
    const selection = target.selection();
    if (scope() === 'selection') {
      if (!selection || selection.size === 0) throw new Error('Select a node (or search) first: the selection is empty.');
      return [...selection];
    }
    const shown = target.shown();
    if (shown.length === 0) throw new Error('The canvas shows nothing to export.');
    return shown;
  }

  function run(label: string, work: (cy: Core) => Promise<string>): () => void {
    return () => {
      const cy = target.cy();
      if (!cy) return say('The graph is not loaded yet.');
      say(`${label}…`);
      work(cy).then((name) => say(`Saved ${name}`), (error: Error) => say(error.message));
    };
  }

  const picture = (kind: 'png2x' | 'png' | 'svg') => run(kind === 'svg' ? 'Drawing SVG' : 'Drawing PNG', async (cy) => {
    const request = { scope: scope(), selection: target.selection() ?? new Set<string>(), hiddenTypes: target.hiddenTypes() };
    if (request.scope === 'selection' && request.selection.size === 0) throw new Error('Select a node (or search) first: the selection is empty.');
    const name = `whosaid-${request.scope}.${kind === 'svg' ? 'svg' : 'png'}`;
    const blob = kind === 'svg' ? svgPicture(cy, request)
      : await pngPicture(cy, request, kind === 'png2x' ? { scale: 2 } : { width: Math.max(200, Math.min(8000, Number(width.value) || DEFAULT_WIDTH)) });
    saveFile(blob, name);
    return name;
  });

  const server = (format: ExportFormat) => run(`Exporting ${format}`, (cy) => downloadExport({
    format, nodes: chosenIds(), title: title.value.trim() || undefined,
    view: format === 'bundle' ? currentView(cy, target.hiddenTypes()) : undefined,
  }));

  const button = (label: string, key: string, onClick: () => void) => h('button', { attrs: { type: 'button', 'data-export': key }, onClick }, label);
  const fileInput = h('input', { attrs: { type: 'file', accept: '.zip,application/zip', hidden: '', 'data-export': 'bundle-file' } });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    say(`Opening ${file.name}…`);
    file.arrayBuffer()
      .then((bytes) => target.reopen(readBundle(new Uint8Array(bytes))))
      .then(() => say(`Opened ${file.name}`), (error: Error) => say(error.message))
      .finally(() => { fileInput.value = ''; });
  });

  const panel = h('div', { className: 'export-panel', attrs: { role: 'menu', 'aria-label': 'Export', hidden: '' } },
    h('div', { className: 'export-row' }, h('span', { className: 'export-heading' }, 'Of'), scopeInput('view', 'the view'), scopeInput('selection', 'the selection')),
    h('div', { className: 'export-row' }, h('span', { className: 'export-heading' }, 'Picture'),
      button('PNG 2×', 'png2x', picture('png2x')), button('PNG', 'png', picture('png')), width, h('span', { className: 'export-unit' }, 'px'), button('SVG', 'svg', picture('svg'))),
    h('div', { className: 'export-row export-wrap' }, h('span', { className: 'export-heading' }, 'Data'),
      ...DATA_FORMATS.map(([format, label]) => button(label, format, server(format)))),
    h('div', { className: 'export-row' }, h('span', { className: 'export-heading' }, 'Report'), title,
      button('Report (HTML)', 'report', server('report')), button('Bundle (zip)', 'bundle', server('bundle'))),
    h('div', { className: 'export-row' }, button('Open a bundle…', 'open-bundle', () => fileInput.click()), fileInput),
    status);
  const toggle = h('button', { attrs: { type: 'button', 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'data-export': 'menu' } }, 'Export ▾');
  toggle.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    toggle.setAttribute('aria-expanded', String(!panel.hidden));
  });
  container.replaceChildren(toggle, panel);
}
