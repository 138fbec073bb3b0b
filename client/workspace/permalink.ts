// The workspace as a permalink: which nodes are on the canvas, where, what is filtered, the analytics overlay and the
// camera, in the URL's hash.

import type { OverlayChoice } from '../analytics/overlay-marks';

export interface TimeWindow {
  from: string;
  to: string;
  /** Events placed by the date the text gives them ('event') or by the date of their article ('report'). */
  by: 'event' | 'report';
}

export interface WorkspaceSnapshot {
  /** Node ids on the canvas, with their positions rounded to whole model units. */
  nodes: { id: string; x: number; y: number; pinned?: boolean; hidden?: boolean }[];
  hiddenTypes: string[];
  /** Outlets shown; empty means every outlet. */
  outlets: string[];
  /** Statement kinds shown; empty means every kind. */
  kinds: string[];
  time: TimeWindow | null;
  zoom: number;
  pan: { x: number; y: number };
  selected: string | null;
  /** The analytics overlay painted on the canvas, if any: reopened, it is computed again. */
  overlay: OverlayChoice | null;
}

export const EMPTY_SNAPSHOT: WorkspaceSnapshot = {
  nodes: [], hiddenTypes: [], outlets: [], kinds: [], time: null, zoom: 1, pan: { x: 0, y: 0 }, selected: null, overlay: null,
};

const PREFIX = '#w=';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** Compact on purpose: [id, x, y, flags] rows rather than objects keep a 300-node workspace within a few KB of URL. */
export function encodeSnapshot(snapshot: WorkspaceSnapshot): string {
  const rows = snapshot.nodes.map((n) => [n.id, Math.round(n.x), Math.round(n.y), (n.pinned ? 1 : 0) | (n.hidden ? 2 : 0)]);
  const { hiddenTypes, outlets, kinds, time, selected, overlay } = snapshot;
  const camera = [Math.round(snapshot.zoom * 1000) / 1000, Math.round(snapshot.pan.x), Math.round(snapshot.pan.y)];
  return PREFIX + toBase64Url(JSON.stringify({
    v: 1, n: rows, t: hiddenTypes, o: outlets, k: kinds, w: time, c: camera, s: selected, ...(overlay ? { a: [overlay.measure, overlay.scope] } : {}),
  }));
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const finite = (value: unknown, fallback: number): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

/** The snapshot a hash holds; null when it holds none or something unreadable (a permalink cut short, say). */
export function decodeSnapshot(hash: string): WorkspaceSnapshot | null {
  if (!hash.startsWith(PREFIX)) return null;
  try {
    const raw = JSON.parse(fromBase64Url(hash.slice(PREFIX.length))) as Record<string, unknown>;
    if (raw.v !== 1 || !Array.isArray(raw.n)) return null;
    const nodes = raw.n
      .filter((row): row is unknown[] => Array.isArray(row) && typeof row[0] === 'string')
      .map(([id, x, y, flags]) => ({
        id: id as string, x: finite(x, 0), y: finite(y, 0),
        ...((Number(flags) & 1) ? { pinned: true } : {}), ...((Number(flags) & 2) ? { hidden: true } : {}),
      }));
    const camera = Array.isArray(raw.c) ? raw.c : [];
    const time = raw.w as TimeWindow | null;
    const validTime = time && typeof time.from === 'string' && typeof time.to === 'string' && (time.by === 'event' || time.by === 'report') ? time : null;
    return {
      nodes, hiddenTypes: strings(raw.t), outlets: strings(raw.o), kinds: strings(raw.k), time: validTime,
      zoom: finite(camera[0], 1), pan: { x: finite(camera[1], 0), y: finite(camera[2], 0) },
      selected: typeof raw.s === 'string' ? raw.s : null,
      overlay: overlayChoice(raw.a),
    };
  } catch {
    return null;
  }
}

/** An overlay named as [measure, scope]; anything else (an older link, a damaged one) opens without it. */
function overlayChoice(value: unknown): OverlayChoice | null {
  if (!Array.isArray(value)) return null;
  const [measure, scope] = value;
  return (measure === 'pagerank' || measure === 'degree') && (scope === 'canvas' || scope === 'graph') ? { measure, scope } : null;
}
