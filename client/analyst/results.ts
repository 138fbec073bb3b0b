// Shows what an analyst's query answered: a summary line and a table of rows, or why it failed, in plain words.

import type { CypherPayload } from '../../server/contract';
import { ApiRequestError, ApiUnavailableError } from '../api';
import { h } from '../dom';

/** The table shows this many rows; the canvas still receives the graph of all of them. */
export const SHOWN_ROWS = 200;

type Cell = { kind?: string; labels?: string[]; type?: string; properties?: Record<string, unknown>; id?: string; nodes?: unknown[] };

/** A node by its name (or quote, or title), a relationship by its type, a path by its length; other values as text. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map(cellText).join(', ');
  if (typeof value !== 'object') return String(value);
  const cell = value as Cell;
  const props = cell.properties ?? {};
  if (cell.kind === 'node') return String(props.name ?? props.quote ?? props.title ?? props.description ?? cell.id ?? (cell.labels ?? []).join(':'));
  if (cell.kind === 'relationship') return `[:${cell.type}]`;
  if (cell.kind === 'path') return `path of ${Math.max(0, (cell.nodes?.length ?? 1) - 1)} steps`;
  return JSON.stringify(value);
}

/** What the canvas received, in the words of the summary line. */
export interface CanvasOutcome {
  added: number;
  onCanvas: number;
}

export function resultView(payload: CypherPayload, outcome: CanvasOutcome): HTMLElement {
  const { columns, rows, summary } = payload;
  const nodes = payload.graph.elements.nodes.length;
  const parts = [
    `${summary.rows.toLocaleString('en')} ${summary.rows === 1 ? 'row' : 'rows'}`,
    nodes === 0 ? 'no graph nodes in them' : `${nodes} graph nodes: ${outcome.added} added to the canvas, ${outcome.onCanvas - outcome.added} already there`,
    `${Math.round(summary.ms)} ms`,
  ];
  const notes = [
    summary.truncated && `Cut short at the ${summary.truncatedBy === 'bytes' ? 'size' : 'row'} cap: the query had more rows.`,
    rows.length > SHOWN_ROWS && `The table shows the first ${SHOWN_ROWS} rows.`,
  ].filter((note): note is string => typeof note === 'string');
  const table = h('table', { className: 'result-table' },
    h('thead', {}, h('tr', {}, ...columns.map((column) => h('th', { attrs: { scope: 'col' } }, column)))),
    h('tbody', {}, ...rows.slice(0, SHOWN_ROWS).map((row) => h('tr', {}, ...columns.map((column) => h('td', {}, cellText(row[column])))))));
  return h('div', { className: 'result', attrs: { 'data-result': 'rows' } },
    h('p', { className: 'result-summary', attrs: { role: 'status' } }, parts.join(' · ')),
    ...notes.map((note) => h('p', { className: 'result-note' }, note)),
    columns.length > 0 ? h('div', { className: 'result-scroll' }, table) : null);
}

/** Where a failed query went wrong, when Neo4j said: 1-based line and column. */
export interface FaultPosition {
  line: number;
  column: number;
}

export function faultPosition(error: unknown): FaultPosition | null {
  if (!(error instanceof ApiRequestError)) return null;
  const { line, column } = error.facts;
  return typeof line === 'number' && typeof column === 'number' ? { line, column } : null;
}

/** The heading that says which kind of failure this is, before the server's own message. */
function failureTitle(error: unknown): string {
  if (error instanceof ApiRequestError) {
    if (error.status === 403) return `Refused${error.facts.reason ? ` (${error.facts.reason})` : ''}: this console only reads`;
    const position = faultPosition(error);
    if (position) return `Error at line ${position.line}, column ${position.column}`;
    if (error.status === 404) return 'Not found';
    return 'The query was not accepted';
  }
  if (error instanceof ApiUnavailableError) {
    if (error.status === 504) return 'Timed out: the query ran past its time limit and was stopped';
    if (error.status === 503) return 'Busy or unavailable: try again in a moment';
    return 'The server did not answer';
  }
  return 'Failed';
}

function serverMessage(error: unknown): string | undefined {
  return error instanceof ApiRequestError || error instanceof ApiUnavailableError ? error.facts.message : undefined;
}

/** A failure said plainly; for a fault with a position, the query's line with a caret under the column. */
export function failureView(error: unknown, query?: string): HTMLElement {
  const position = faultPosition(error);
  const line = position && query !== undefined ? query.split('\n')[position.line - 1] : undefined;
  const kind = error instanceof ApiRequestError && error.status === 403 ? 'refused'
    : error instanceof ApiUnavailableError && error.status === 504 ? 'timeout' : position ? 'syntax' : 'failed';
  return h('div', { className: 'result result-failed', attrs: { role: 'alert', 'data-result': kind } },
    h('p', { className: 'result-title' }, failureTitle(error)),
    // The server's own words when it answered; the API client's (which name the route) when it did not.
    h('p', { className: 'result-message' }, serverMessage(error) ?? (error as Error).message),
    line !== undefined && position ? h('pre', { className: 'result-caret' }, `${line}\n${' '.repeat(Math.max(0, position.column - 1))}^`) : null);
}
