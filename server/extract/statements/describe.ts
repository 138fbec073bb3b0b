// Resolves a description of a speaker ("the Russian leader", "a Ukrainian military commander", "the institute") to one entity, or says why not.
import type { Entity, Span } from '../types';
import { anyRole, entitiesFitting, mayBeDescribed, preferringBody, type Description } from './descriptions';
import type { ArticleParties } from './parties';
import type { Spoken } from './pronouns';
import type { Resolution } from './speaker';

export interface DescriptionScene {
  paragraph: number;
  reachStart: number;
  /** Where the current paragraph starts, and how far ahead a lede may name the one it describes. */
  paragraphStart: number;
  aheadEnd: number;
  quoted: Span[];
}

export interface DescriptionContext {
  text: string;
  parties: ArticleParties;
  history: Spoken[];
  /** People named as the subject of some reporting verb in the article. */
  namedSpeakers: ReadonlySet<string>;
}

const BODY_DESCRIPTIONS = new Set(['body', 'group', 'organization', 'organisation', 'tank', 'institute', 'agency', 'ministry', 'blog', 'channel']);
const RECENT_PARAGRAPHS = 3;

function firstMention(entity: Entity): number {
  return entity.mentions.reduce((first, mention) => Math.min(first, mention.start), Infinity);
}

const found = (entity: Entity, context: DescriptionContext): Resolution => ({
  kind: 'party', party: context.parties.partyOf(entity), how: 'statement.speaker-description',
});

/**
 * "the institute", "the body": the latest body that fits and spoke nearby, else the latest named before; "An influential
 * global body has forecast ..." in a lede: the first body named after it.
 */
function describeBody(description: Description, at: number, scene: DescriptionScene, context: DescriptionContext): Resolution {
  const { parties, history, text } = context;
  const fitting = entitiesFitting(description, parties.entities, text, parties);
  if (description.indefinite) {
    const ahead = fitting.filter((entity) => firstMention(entity) > at && firstMention(entity) < scene.aheadEnd && !parties.isMedia(parties.partyOf(entity)))
      .sort((a, b) => firstMention(a) - firstMention(b))[0];
    return ahead ? found(ahead, context) : { kind: 'unresolved', reason: `no ${description.head} named after` };
  }
  const fits = new Set(fitting.map((entity) => entity.key));
  const spoken = [...history].reverse().find((entry) => entry.spoke && entry.paragraph >= scene.paragraph - RECENT_PARAGRAPHS && fits.has(entry.party.key));
  const named = spoken?.party ?? parties.before(at, scene.reachStart).map((m) => m.entity).filter((entity) => fits.has(entity.key))
    .map((entity) => parties.partyOf(entity))[0];
  return named ? { kind: 'party', party: named, how: 'statement.speaker-description' } : { kind: 'unresolved', reason: `no ${description.head} named before` };
}

/** Of several that fit, the people who speak somewhere in the article are meant. */
function single(fitting: Entity[], context: DescriptionContext): Entity | undefined {
  const speaking = fitting.length > 1 ? fitting.filter((entity) => context.namedSpeakers.has(entity.key)) : fitting;
  return speaking.length === 1 ? speaking[0] : undefined;
}

/**
 * "the founder of X said" when the article never gives anyone that role: the one person named in the paragraph
 * so far, when the description's nationality does not rule them out.
 */
function onlyPersonInParagraph(description: Description, at: number, scene: DescriptionScene, context: DescriptionContext): Entity | undefined {
  const { parties, text } = context;
  const outside = (start: number) => !scene.quoted.some((quote) => start >= quote.start && start < quote.end);
  const people = new Map(parties.before(at, scene.paragraphStart).filter((m) => m.entity.type === 'person' && outside(m.start)).map((m) => [m.entity.key, m.entity]));
  const [person] = [...people.values()];
  return people.size === 1 && mayBeDescribed(description, person, text, parties) ? person : undefined;
}

const LEDE_PARAGRAPHS = 1;

/**
 * "..., the head of Britain's foreign intelligence service says." opening the article, then "MI6 chief Richard Moore
 * said": in a lede, the one person named ahead in the role, though what the article says of them does not spell out
 * the rest of the description.
 */
function ledeRole(description: Description, ahead: Entity[], scene: DescriptionScene, context: DescriptionContext): Entity | undefined {
  if (scene.paragraph > LEDE_PARAGRAPHS || !description.qualifiers.length) return undefined;
  return single(entitiesFitting({ ...description, qualifiers: [] }, ahead, context.text, context.parties), context);
}

/** Where the paragraph after the one holding `at` ends (paragraphs are lines). */
function nextParagraphEnd(text: string, at: number): number {
  const lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) return text.length;
  let next = lineEnd;
  while (next < text.length && /\s/.test(text[next])) next++;
  const end = text.indexOf('\n', next);
  return end < 0 ? text.length : end;
}

/**
 * "The archbishop of Canterbury has said ..." opening the article, then "Justin Welby, writing in ..., also said": in the
 * lede's first paragraph, a description no one fits is the first person named in the next paragraph, when that person
 * speaks in the article and holds no other role there.
 */
function ledeSpeaker(description: Description, at: number, ahead: Entity[], scene: DescriptionScene, context: DescriptionContext): Entity | undefined {
  if (scene.paragraph > 0) return undefined;
  const end = nextParagraphEnd(context.text, at);
  const [first] = ahead.filter((entity) => entity.type === 'person' && firstMention(entity) < end).sort((a, b) => firstMention(a) - firstMention(b));
  return first && context.namedSpeakers.has(first.key) && mayBeDescribed(description, first, context.text, context.parties) ? first : undefined;
}

/**
 * A definite description refers back (the latest speaker it fits, else the one entity that fits), or, in a lede,
 * forward to someone named within the next paragraphs; an indefinite one introduces someone named later.
 */
export function describeSpeaker(description: Description, at: number, scene: DescriptionScene, context: DescriptionContext): Resolution {
  if (description.refersTo === 'organization' && BODY_DESCRIPTIONS.has(description.head)) return describeBody(description, at, scene, context);
  const { parties, history, text } = context;
  // An indefinite description introduces someone named later ("a senior official ... Fomin said"); a definite one refers
  // back. An official of any role is named within a few paragraphs or never (a live blog's later story is another's).
  const near = (entity: Entity) => !anyRole(description) || firstMention(entity) < scene.aheadEnd;
  const placed = (entity: Entity) => (description.indefinite ? firstMention(entity) > at && near(entity) : firstMention(entity) < at);
  const fitting = preferringBody(description, entitiesFitting(description, parties.entities.filter(placed), text, parties), text, parties);
  // "the minister noted" is the minister who just spoke; "the official said" goes back to an unnamed "a senior official".
  if (!description.indefinite && !anyRole(description)) {
    const keys = new Set(fitting.map((entity) => entity.key));
    const latest = [...history].reverse().find((entry) => entry.spoke && entry.paragraph >= scene.paragraph - RECENT_PARAGRAPHS && keys.has(entry.party.key));
    if (latest) return { kind: 'party', party: latest.party, how: 'statement.speaker-description' };
  }
  const one = single(fitting, context);
  if (one) return found(one, context);
  if (fitting.length) return { kind: 'unresolved', reason: `several entities fit "${description.head}"` };
  if (description.indefinite || description.refersTo !== 'person') return { kind: 'unresolved', reason: `no entity fits "${description.head}"` };
  const ahead = parties.entities.filter((entity) => firstMention(entity) > at && firstMention(entity) < scene.aheadEnd);
  const named = single(entitiesFitting(description, ahead, text, parties), context) ?? onlyPersonInParagraph(description, at, scene, context)
    ?? ledeRole(description, ahead, scene, context) ?? ledeSpeaker(description, at, ahead, scene, context);
  return named ? found(named, context) : { kind: 'unresolved', reason: `no entity fits "${description.head}"` };
}
