// Finds the recipient of a pledge of aid: "(aid) to/for X", "supply Kyiv with ...", the host of the meeting it was made at, or none named.
import actorsFile from '../kb/event-actors.json';
import { AID, GIVING, GIVING_OFFICIALS, SUPPORTING, SUPPORTING_WITH } from './lexicon';
import { isNameRef, parseTargets } from './phrases';
import type { TargetItem } from './phrases';
import type { SentenceView, Token } from './view';
import type { ArticleContext } from './context';
import type { FoundActor } from './actors';
import { asActor } from './world';

const ALSO_GIVING = new Set(['offer', 'grant', 'allocate']);
const AID_REACH = 10;
// Far enough for "announced on Wednesday that his country will provide Ukraine with".
const DATIVE_REACH = 8;
// Promises of sanctions, investment or nuclear arms, or mere plans, are not aid pledges.
const NOT_AID = /^(?:sanction\w*|plans?|invest\w*|proposals?|deals?|nuclear|trade)$/;

// "send 3,000 troops": people of a force sent are a deployment, not aid; weapons among the force nouns are aid.
const PEOPLE_OF_FORCES = new Set(actorsFile.forceNouns.filter((noun) => !AID.test(noun)));
const COUNT = /^\d[\d,.]*$/;

/** "agreed to send 31 Abrams to Ukraine": a count of things right after the verb of giving is aid whatever it names. */
function countedThings(view: SentenceView, at: number): boolean {
  const counted = view.tokens[at + 1];
  return COUNT.test(view.tokens[at]?.lower ?? '') && !!counted && /^[a-z-]+$/.test(counted.lower) && !PEOPLE_OF_FORCES.has(counted.lower);
}

/** "will send some of its tanks to Ukraine": the giver's own weapons, which the view renders as a force, are the aid. */
function isOwnWeapons(token: Token | undefined): boolean {
  return token?.ref?.kind === 'force' && !!token.ref.pronoun && AID.test(` ${token.text.toLowerCase().split(/\s+/).pop() ?? ''}`);
}

/** "promised Ukraine $3bn", "committed to sending Ukraine arms": a name right after a giving verb is the recipient. */
function dativeRecipient(view: SentenceView, next: number): TargetItem[] {
  for (let i = next - 1; i < Math.min(view.tokens.length, next + DATIVE_REACH); i++) {
    const form = view.tokens[i].lower;
    const isGiving = i === next - 1 || GIVING.has(form) || ALSO_GIVING.has(form);
    // "pledged to stand with Ukraine": a verb of help with its particle before the recipient.
    const particle = SUPPORTING_WITH.get(form)?.has(view.tokens[i + 1]?.lower ?? '') && i > next - 1 ? 1 : 0;
    const helping = SUPPORTING.has(form) || particle > 0;
    const list = (isGiving || helping) && isNameRef(view.tokens[i + 1 + particle]) ? parseTargets(view, i + 1 + particle, true) : undefined;
    // "pledged to support Ukraine": help is the aid; "will send Ukraine tanks": aid words follow the recipient.
    const aidFollows = list && (helping && i > next - 1 || view.tokens.slice(list.end, list.end + 6).some((t) => AID.test(t.lower)));
    if (list && aidFollows) return list.items;
    // "announced that Germany will send Ukraine tanks": another giver is named, so the pledge is not the speaker's.
    if (i >= next && isNameRef(view.tokens[i]) && !isOwnWeapons(view.tokens[i])) return [];
  }
  return [];
}

/** "training to the Ukrainian military", "weapons for Ukrainian soldiers": a state's forces receive aid for the state. */
function stateForces(view: SentenceView, at: number): { items: TargetItem[]; end: number } | undefined {
  const first = view.tokens[at]?.lower === 'the' ? at + 1 : at;
  const ref = view.tokens[first]?.ref;
  return ref?.kind === 'force' && ref.party && !ref.pronoun ? { items: [{ ref, asRegion: false, first, last: first }], end: first + 1 } : undefined;
}

/** "50 billion euros for Ukraine's reconstruction", "aid to Ukraine's army": the state whose need the aid serves receives it. */
function possessorOfPurpose(view: SentenceView, at: number): { items: TargetItem[]; end: number } | undefined {
  const token = view.tokens[at];
  return isNameRef(token) && token.ref!.party?.type === 'place' && view.tokens[at + 1]?.lower === '\'s' ? { items: [{ ref: token.ref!, asRegion: false, first: at, last: at }], end: at + 2 } : undefined;
}

/**
 * The recipient of a pledge: "(aid word) ... to/for X"; none named is marked for the caller to look back. `aidNamed`:
 * the trigger is itself the aid ("package for X").
 */
export function pledgeRecipient(view: SentenceView, next: number, aidNamed = false): { targets: TargetItem[]; end: number } | undefined {
  const dative = aidNamed ? [] : dativeRecipient(view, next);
  if (dative.length) return { targets: dative, end: dative[0].last + 1 };
  let sawAid = aidNamed || countedThings(view, next);
  for (let i = next; i < Math.min(view.tokens.length, next + 16); i++) {
    const form = view.tokens[i].lower;
    if (NOT_AID.test(form)) return undefined;
    if ([';', ':', '.'].includes(form)) break;
    if ((AID.test(form) || isOwnWeapons(view.tokens[i])) && i < next + AID_REACH) sawAid = true;
    if (sawAid && (form === 'to' || form === 'for') && view.tokens[i - 1]?.lower !== 'according') {
      const list = parseTargets(view, i + 1, true) ?? stateForces(view, i + 1) ?? possessorOfPurpose(view, i + 1);
      if (list) return { targets: list.items, end: list.end };
    }
  }
  return sawAid ? { targets: [], end: next } : undefined;
}


const MEETINGS = new Set(['meeting', 'meetings', 'talks', 'visit', 'trip', 'met']);
const MEETING_REACH = 6;

/**
 * "announced $2.8bn in military aid during a meeting with the Ukrainian leader X": aid announced at a meeting or
 * visit with no recipient named goes to the one met or visited; the token of that reference, or -1.
 */
export function meetingHost(view: SentenceView, from: number): number {
  for (let i = from; i < view.tokens.length - 1; i++) {
    if (!MEETINGS.has(view.tokens[i].lower) || !['with', 'to', 'in'].includes(view.tokens[i + 1].lower)) continue;
    for (let j = i + 2; j < Math.min(view.tokens.length, i + 2 + MEETING_REACH); j++) if (isNameRef(view.tokens[j])) return j;
  }
  return -1;
}

const OFFICIALS_REACH = 3;

/** "US lawmakers approved", "American officials have announced": officials named by their state pledge for it. */
export function officialsOfState(view: SentenceView, context: ArticleContext, trigger: number): FoundActor | undefined {
  for (let i = trigger - 1; i >= Math.max(1, trigger - OFFICIALS_REACH); i--) {
    if (!GIVING_OFFICIALS.has(view.tokens[i].lower)) continue;
    const ref = view.tokens[i - 1].ref;
    const party = ref && (ref.kind === 'demonym' || ref.kind === 'entity') ? ref.party ?? context.resolve(ref) : undefined;
    const state = party?.type === 'place' ? asActor(party) : undefined;
    return state ? { party: state, index: i - 1, claims: false } : undefined;
  }
  return undefined;
}
