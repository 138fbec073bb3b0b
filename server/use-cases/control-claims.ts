// Which claims about control over a place contradict each other: knowledge about verbs and sides, as data, and a pure check.
import type { ControlClaim } from '../contract';
import type { ClaimRow } from '../graph/read-place-claims';

/** What each control verb says about the actor afterwards: captured or annexed, they hold it; withdrew, they do not. */
export const CONTROL_VERBS: Record<string, { holds: boolean }> = {
  captured: { holds: true },
  annexed: { holds: true },
  withdrew_from: { holds: false },
};

/** Names that stand for one side ("Russian troops", "Moscow" and "Russia" all claim for Russia). */
export const SIDES: { side: string; names: RegExp }[] = [
  { side: 'Russia', names: /\b(russia|russian|moscow|kremlin|wagner)/i },
  { side: 'Ukraine', names: /\b(ukrain|kyiv|kiev|zelensk)/i },
];

/**
 * Claims further apart than this are about different moments of a front line that moves, not about the same one.
 * Claims from one article never contradict each other: an article that says a city was captured and later left
 * tells a sequence. Undated events are placed at their report date.
 */
export const DISAGREEMENT_WINDOW_DAYS = 30;

export function sideOf(actor: string): string {
  return SIDES.find(({ names }) => names.test(actor))?.side ?? actor.trim();
}

const DAY_MS = 86_400_000;

function dayOf(row: ClaimRow): number | null {
  const iso = row.event.date ?? row.article.date;
  if (!iso) return null;
  const time = Date.parse(iso.slice(0, 10));
  return Number.isNaN(time) ? null : time / DAY_MS;
}

/** Two claims contradict when one side is said to hold the place and not to, or two sides are said to hold it. */
export function contradicts(a: ControlClaim['control'], b: ControlClaim['control']): boolean {
  const sideA = sideOf(a.actor);
  const sideB = sideOf(b.actor);
  if (sideA === sideB) return a.holds !== b.holds;
  return a.holds && b.holds;
}

export function toControlClaims(rows: ClaimRow[]): ControlClaim[] {
  const claims = rows.map((row) => ({
    ...row,
    event: { ...row.event, label: `${row.event.actor} ${row.event.verb.replace(/_/g, ' ')} ${row.event.target}` },
    control: { actor: row.event.actor, holds: CONTROL_VERBS[row.event.verb]?.holds ?? true },
    day: dayOf(row),
  }));
  return claims.map(({ day, ...claim }) => ({
    ...claim,
    disagreesWith: claims
      .filter((other) => other.article.id !== claim.article.id && day !== null && other.day !== null
        && Math.abs(other.day - day) <= DISAGREEMENT_WINDOW_DAYS && contradicts(claim.control, other.control))
      .map((other) => other.event.id),
  }));
}
