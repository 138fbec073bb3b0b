// Finds what a sentence refers to: named entities, armed forces acting for a state, demonyms and "the city"-style descriptions.
import type { Entity, Sentence, Span } from '../types';
import { lookupName } from '../kb/index';
import actorsFile from '../kb/event-actors.json';
import { AID_OR_GIVING } from './lexicon';
import { forcesOf, partyOfEntity, stateNamed, stateOfDemonym } from './world';
import type { Party } from './world';

export type RefKind = 'entity' | 'force' | 'demonym' | 'anaphor' | 'title';

export interface Ref extends Span {
  kind: RefKind;
  sentence: number;
  /** The entity named, or the state a force or demonym stands for; absent for anaphors and pronoun forces. */
  party?: Party;
  /** "its", "his" ... for "its troops": resolved against earlier references. */
  pronoun?: string;
  /** "his country": the state of whoever the pronoun means, not only of a commander. */
  ownState?: boolean;
  /** city | region | country | capital for anaphors ("the city", "the Ukrainian capital"). */
  placeKind?: string;
  /** For "the Ukrainian capital": the state whose capital is meant; for "the Irish premier", the state the office is of. */
  ofState?: Party;
  /** For a title ("the premier", "the Russian president"): the office named, and the body it is of ("the UN secretary general"). */
  title?: string;
  ofBody?: string;
  /** Followed by "'s": a possessor ("Moscow's decision"), not a place the text goes on about. */
  possessive?: boolean;
  /** Inside a prepositional phrase ("into southern Ukraine"): not what a later "it" is likely to mean. */
  oblique?: boolean;
  /** Named as the one helped ("support for Ukraine", "weapons to Kyiv"): the recipient of a later unaddressed pledge. */
  aided?: boolean;
  /** Asks others to send aid ("Zelensky appeals to the West to send tanks"): its state is the recipient of a later unaddressed pledge. */
  asksForAid?: boolean;
  /** Opens its sentence as the subject ("After the meeting, Mr Varadkar met ..."): whom a later "he" most likely means. */
  subject?: boolean;
}

const FORCE_NOUNS = [...actorsFile.forceNouns].sort((a, b) => b.length - a.length).join('|');
const FORCE_MODIFIERS = '(?:(?:armed|special|regular|elite|ground|regular|own|advancing|retreating|newly mobilized|mobilized)\\s+)?';
// "Russian troops", "Russian imperialist forces", "Ukrainian armed forces".
const DEMONYM_FORCE = new RegExp(`\\b([A-Z][a-z]+)\\s+(?:[a-z-]+\\s+){0,2}?(?:${FORCE_NOUNS})\\b`, 'g');
const PRONOUN_FORCE = new RegExp(`\\b(its|their|his|her|our)\\s+${FORCE_MODIFIERS}(?:${FORCE_NOUNS})\\b`, 'gi');
// "his country will provide", "our country": the state of the person the pronoun means (for "our", the speaker's).
// "the army", "the troops" with no state named: a speaker's own forces when inside the speaker's words (context.ts).
const BARE_FORCE = /\b[Tt]he\s+(?:armed forces|army|military|troops|forces)\b(?!\s+of\b)/g;
const PRONOUN_STATE = /\b(its|their|his|her|our)\s+(?:country|nation)\b/gi;
// "the occupiers fired at": a side's forces named by their role in the war.
const ROLE_FORCES = new Map<string, string>(Object.entries(actorsFile.namedByRole).filter(([word]) => word !== 'about'));
const ROLE_FORCE = new RegExp(`\\b(?:the\\s+)?(${[...ROLE_FORCES.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');
const AFTER_MENTION_FORCE = new RegExp(`^(?:[’']s)?\\s+${FORCE_MODIFIERS}(?:${FORCE_NOUNS})\\b`);
const ENVOY_NOUNS: readonly string[] = actorsFile.envoyNouns.nouns;
// "a high-level delegation from Saudi Arabia": people sent by the state or body named, which acts through them.
const ENVOYS_BEFORE_MENTION = new RegExp(`\\b(?:an?|the|another)\\s+(?:[\\w-]+\\s+){0,3}?(?:${ENVOY_NOUNS.join('|')})\\s+(?:from|of)\\s+(?:the\\s+)?$`, 'i');
const CAPITALIZED = /\b[A-Z][a-z]+\b/g;
// "Ukraine's capital" with no name after it: a description of the state's capital city.
const CAPITAL_AFTER_MENTION = /^[’']s\s+capital\b(?!\s+(?:city\s+)?[A-Z])/;
// "aid for Ukraine", "ship tanks to Kyiv", "sends M1 Abrams tanks to Ukraine": any aid word of the pledge record or form of
// its verbs of giving, a few words before "to"/"for" (the words of help too: "support for", "backing to").
const AIDED = new RegExp(`(?:^|[^\\w$£€])(?:${AID_OR_GIVING}|help|backing)\\s+(?:[\\w$£€.,-]+\\s+){0,3}?(?:for|to)\\s+(?:the\\s+)?$`, 'i');
// "Zelensky repeatedly appeals to the West to send tanks": the one asking for aid is the one a later unaddressed pledge helps.
const ASKING_FOR_AID = /^(?:[’']s)?\s+(?:[a-z]+ly\s+)?(?:appeal(?:s|ed|ing)?|ask(?:s|ed|ing)?|urge[sd]?|urging|call(?:s|ed|ing)? on|plead(?:s|ed|ing)?|beg(?:s|ged|ging)?|request(?:s|ed|ing)?)\b[^.;:]{0,60}?\b(?:to\s+(?:send|supply|provide|give|deliver)|for\s+(?:more\s+)?(?:weapons|arms|tanks|aid|jets|ammunition|missiles|air\s+defen[cs]es?))\b/i;
// "with the Ukrainian leader Volodymyr Zelensky": an office between the preposition and the name keeps it oblique.
const OBLIQUE = /\b(?:in|into|on|at|to|from|of|near|for|with|against|across|over|through|towards|toward|around|inside|outside|within|throughout|about|under|during|between|among)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[a-z]+(?:ern|al|ian|ed|ic)\s+)?(?:(?:foreign|defen[cs]e|prime|vice)\s+)?(?:(?:leader|president|minister|counterpart|chancellor|premier|secretary|envoy|ambassador)\s+)?$/i;

const KIND_OF = new Map<string, string>();
for (const [kind, words] of Object.entries(actorsFile.placeKinds)) for (const word of words) KIND_OF.set(word, kind);
const KIND_WORDS = [...KIND_OF.keys()].sort((a, b) => b.length - a.length).join('|');
// "the city" not followed by a name or "of": a description pointing back at a place named earlier.
const ANAPHOR = new RegExp(`\\b[Tt]he\\s+(?:([A-Z][a-z]+)\\s+)?(${KIND_WORDS})\\b(?!\\s+(?:of\\b|[A-Z]|city\\b|capital\\b))`, 'g');

// "the Irish premier", "the Taoiseach", "the Russian president": an office held by someone named earlier, not followed by a name.
const OFFICES = ['president', 'prime minister', 'premier', 'taoiseach', 'chancellor', 'foreign minister', 'defence minister', 'defense minister',
  'foreign secretary', 'defence secretary', 'defense secretary', 'secretary of state', 'secretary-general', 'secretary general'];
const TITLE = new RegExp(`\\b[Tt]he\\s+(?:([A-Z][A-Za-z.]+)\\s+)?(${OFFICES.map((office) => office.replace(/\b[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`)).join('|')})\\b(?!\\s+(?:of\\b|\\p{Lu}))`, 'gu');

// "the top US diplomat", "the chief diplomat": a diplomat is an office only so qualified.
const TOP_DIPLOMAT = /\b[Tt]he\s+(?:top|chief)\s+(?:([A-Z][A-Za-z.]+)\s+)?(diplomat)\b(?!\s+(?:of\b|\p{Lu}))/gu;

const OFFICE_WORD = /resident|inister|remier|aoiseach|hancellor|ecretary|iplomat/;

/** Only titles, an article or an opening phrase closed by a comma may stand before a sentence's subject. */
const SUBJECT_REACH = 120;
const SUBJECT_BEFORE = /^\s*(?:[^,;:]{0,80},\s*)?(?:(?:[Tt]he|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|\p{Lu}[\p{L}.’'-]*)\s+)*$/u;

/** Which characters of a sentence references already cover, so a later finder does not claim them twice. */
class Coverage {
  private readonly covered: Uint8Array;

  constructor(private readonly sentence: Sentence) {
    this.covered = new Uint8Array(sentence.end - sentence.start);
  }

  overlaps(span: Span): boolean {
    for (let i = span.start; i < span.end; i++) if (this.covered[i - this.sentence.start]) return true;
    return false;
  }

  take(span: Span): void {
    this.covered.fill(1, span.start - this.sentence.start, span.end - this.sentence.start);
  }
}

/** Entity mentions grouped by sentence index, with the party each names. */
export function mentionRefs(entities: Entity[]): Map<number, Ref[]> {
  const bySentence = new Map<number, Ref[]>();
  for (const entity of entities) {
    const party = partyOfEntity(entity);
    for (const mention of entity.mentions) {
      const list = bySentence.get(mention.sentence) ?? [];
      list.push({ kind: 'entity', start: mention.start, end: mention.end, sentence: mention.sentence, party });
      bySentence.set(mention.sentence, list);
    }
  }
  return bySentence;
}

function forceAfterMentions(text: string, mentions: Ref[], sentence: Sentence): Ref[] {
  const found: Ref[] = [];
  for (const mention of mentions) {
    const match = AFTER_MENTION_FORCE.exec(text.slice(mention.end, Math.min(sentence.end, mention.end + 40)));
    const state = match && mention.party ? forcesOf(mention.party) : undefined;
    if (match && state) {
      found.push({ kind: 'force', start: mention.start, end: mention.end + match[0].length, sentence: sentence.index, party: state });
    }
  }
  return found;
}

/** "a delegation from Saudi Arabia" stands for the state (or the state of the body) that sent it. */
function envoysBeforeMentions(text: string, mentions: Ref[], sentence: Sentence): Ref[] {
  const found: Ref[] = [];
  for (const mention of mentions) {
    const from = Math.max(sentence.start, mention.start - 60);
    const before = text.slice(from, mention.start);
    const match = ENVOY_NOUNS.some((noun) => before.includes(noun)) ? ENVOYS_BEFORE_MENTION.exec(before) : null;
    const sender = match && mention.party && mention.party.type !== 'person' ? forcesOf(mention.party) : undefined;
    if (match && sender) found.push({ kind: 'entity', start: from + match.index, end: mention.end, sentence: sentence.index, party: sender });
  }
  return found;
}

/** "Ukraine's 3rd Assault Brigade": a body the knowledge base does not place, owned by a state named before it, acts for that state. */
function ownedBodies(text: string, mentions: Ref[], sentence: Sentence): Ref[] {
  const found: Ref[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < sorted.length; k++) {
    const [owner, body] = [sorted[k], sorted[k + 1]];
    if (body.party?.type !== 'organization' || body.party.kind !== 'organization' || body.party.country) continue;
    if (!/^[’']s\s+$/.test(text.slice(owner.end, body.start))) continue;
    const state = owner.party && owner.party.type === 'place' ? forcesOf(owner.party) : undefined;
    if (state) found.push({ kind: 'force', start: owner.start, end: body.end, sentence: sentence.index, party: state });
  }
  return found;
}

function capitalAfterMentions(text: string, mentions: Ref[], sentence: Sentence): Ref[] {
  const found: Ref[] = [];
  for (const mention of mentions) {
    const match = CAPITAL_AFTER_MENTION.exec(text.slice(mention.end, Math.min(sentence.end, mention.end + 40)));
    if (match && mention.party?.kind === 'country') {
      found.push({
        kind: 'anaphor', start: mention.start, end: mention.end + match[0].length, sentence: sentence.index,
        placeKind: 'capital', ofState: mention.party,
      });
    }
  }
  return found;
}

function scan(pattern: RegExp, body: string, offset: number, visit: (match: RegExpExecArray, span: Span) => void): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
    visit(match, { start: offset + match.index, end: offset + match.index + match[0].length });
  }
}

/** Every reference in one sentence, in text order, none overlapping another. */
export function sentenceRefs(text: string, sentence: Sentence, mentions: Ref[]): Ref[] {
  const body = text.slice(sentence.start, sentence.end);
  const at = sentence.start;
  const coverage = new Coverage(sentence);
  const refs: Ref[] = [];
  const add = (ref: Ref): void => {
    if (coverage.overlaps(ref)) return;
    refs.push(ref);
    coverage.take(ref);
  };
  // An office names a person even when a body it is of is named in it ("the UN secretary general").
  const addTitle = (match: RegExpExecArray, span: Span): void => {
    // "the Irish premier" is of a state; "the UN secretary general" of a body the person must belong to.
    const ofState = match[1] ? stateOfDemonym(match[1]) ?? stateNamed(match[1]) : undefined;
    const body = match[1] && !ofState ? lookupName(match[1]) : undefined;
    if (match[1] && !ofState && body?.type !== 'organization') return;
    add({ kind: 'title', ...span, sentence: sentence.index, title: match[2].toLowerCase(), ofState, ofBody: body?.name });
  };
  if (OFFICE_WORD.test(body)) {
    scan(TITLE, body, at, addTitle);
    scan(TOP_DIPLOMAT, body, at, addTitle);
  }
  forceAfterMentions(text, mentions, sentence).forEach(add);
  envoysBeforeMentions(text, mentions, sentence).forEach(add);
  ownedBodies(text, mentions, sentence).forEach(add);
  capitalAfterMentions(text, mentions, sentence).forEach(add);
  mentions.forEach(add);
  scan(DEMONYM_FORCE, body, at, (match, span) => {
    const state = stateOfDemonym(match[1]);
    if (state && body[match.index - 1] !== '-') add({ kind: 'force', ...span, sentence: sentence.index, party: state });
  });
  scan(PRONOUN_FORCE, body, at, (match, span) => {
    add({ kind: 'force', ...span, sentence: sentence.index, pronoun: match[1].toLowerCase() });
  });
  scan(BARE_FORCE, body, at, (_match, span) => {
    add({ kind: 'force', ...span, sentence: sentence.index, pronoun: 'the' });
  });
  scan(PRONOUN_STATE, body, at, (match, span) => {
    add({ kind: 'force', ...span, sentence: sentence.index, pronoun: match[1].toLowerCase(), ownState: true });
  });
  scan(ROLE_FORCE, body, at, (match, span) => {
    const state = stateNamed(ROLE_FORCES.get(match[1].toLowerCase()) ?? '');
    if (state) add({ kind: 'force', ...span, sentence: sentence.index, party: state });
  });
  scan(ANAPHOR, body, at, (match, span) => {
    const ofState = match[1] ? stateOfDemonym(match[1]) : undefined;
    if (match[1] && !ofState) return;
    add({ kind: 'anaphor', ...span, sentence: sentence.index, placeKind: match[2] === 'capital' ? 'capital' : KIND_OF.get(match[2]), ofState });
  });
  scan(CAPITALIZED, body, at, (match, span) => {
    const state = stateOfDemonym(match[0]);
    if (!state || body[span.end - at] === '-') return;
    // A plural demonym ("the Ukrainians") is the people or army of the state; a singular one is an adjective.
    add({ kind: match[0].endsWith('s') ? 'force' : 'demonym', ...span, sentence: sentence.index, party: state });
  });
  const opener = refs.filter((ref) => ref.kind !== 'demonym' && ref.start - sentence.start <= SUBJECT_REACH).sort((a, b) => a.start - b.start)
    .find((ref) => SUBJECT_BEFORE.test(text.slice(sentence.start, ref.start)));
  if (opener && !/^[’']s\b/.test(text.slice(opener.end, opener.end + 3))) opener.subject = true;
  for (const ref of refs) {
    if (/^[’']s\b/.test(text.slice(ref.end, ref.end + 3))) ref.possessive = true;
    const before = text.slice(Math.max(sentence.start, ref.start - 40), ref.start);
    if (OBLIQUE.test(before)) ref.oblique = true;
    if (AIDED.test(before)) ref.aided = true;
    if (ref.kind === 'entity' && ASKING_FOR_AID.test(text.slice(ref.end, Math.min(sentence.end, ref.end + 100)))) ref.asksForAid = true;
  }
  return refs.sort((a, b) => a.start - b.start);
}
