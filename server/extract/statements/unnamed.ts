// Speakers the words do not name but the story so far does: "the report said", "analysts said", "officials say", "the defence ministry said".
import type { Span } from '../types';
import type { ArticleParties, Party } from './parties';
import type { Spoken } from './pronouns';
import type { Resolution } from './speaker';
import { DOCUMENT_NOUNS } from './subject-mentions';
import { isResearchBody, latestSpoken, stateOfParty } from './recent';
import { bodyOf, namesBody } from './bodies';
import { latestIssuer, type Issued } from './documents';
import { UNNAMED_PEOPLE } from './lexicon';

const DEFINITE = new Set(['the', 'its', 'their', 'his', 'her']);
const FILLER = new Set(['the', 'its', 'their', 'his', 'her', 'but', 'and', 'also']);
const EXPERTS = new Set(['analysts', 'experts', 'researchers']);
const ARTICLES = new Set(['a', 'an', 'one', 'of']);
/** Words that rank an unnamed official without placing them elsewhere ("a senior defence official"; not "regional officials"). */
const RANKS = new Set([
  'senior', 'top', 'high-ranking', 'high-level', 'defence', 'defense', 'military', 'administration', 'government', 'intelligence',
  'security', 'other', 'two', 'three', 'several', 'same', 'anonymous', 'unnamed', 'another',
]);
/** A state's own institutions: "the military added" after "Ukraine's military claims" or "Ukraine said" is that state again. */
const STATE_INSTITUTIONS = new Set(['military', 'army', 'government']);
const ISSUER_REACH = 2;
/** How far back an outlet's own report may be taken up again as "the report". */
const OUTLET_REACH = 1;
const ISSUED_WORDS = 3;
const EXPERT_REACH = 1;
const OFFICIAL_REACH = 3;
/** How far back the speaker may be whose state an unqualified "the defence ministry" belongs to. */
const STATE_REACH = 8;

export interface UnnamedScene {
  paragraph: number;
  /** Where the paragraph before the current one starts. */
  recentStart: number;
  /** Quotations and reported words so far: a body named there did not issue the report. */
  said: Span[];
  /** Bodies the article names with a document of theirs. */
  issued: Issued[];
  /** Where the unit of the words starts, and how far ahead a lede may name the one it describes. */
  unitStart: number;
  aheadEnd: number;
}

const party = (found: Party, how: string): Resolution => ({ kind: 'party', party: found, how });

/**
 * "the report said": its issuer is the latest to speak nearby, or a body named since ("a report published by the
 * Conflict Observatory"); with neither, the report is nobody's in particular.
 */
function issuer(words: string[], core: string[], at: number, scene: UnnamedScene, history: Spoken[], parties: ArticleParties): Resolution | undefined {
  // "the report", "the joint statement", "its latest update"; "a U.S. spy report says" in a lede.
  const indefinite = ['a', 'an'].includes(words[0]);
  const document = core.length - (indefinite ? 1 : 0) <= ISSUED_WORDS && DOCUMENT_NOUNS.has(core[core.length - 1]);
  if (document && indefinite) {
    const ahead = scene.issued.find((entry) => entry.at > at && entry.at < scene.aheadEnd);
    return ahead && party(ahead.party, 'statement.speaker-document');
  }
  if (!DEFINITE.has(words[0]) || !document || core.some((w) => !/^[a-z-]+$/.test(w))) return undefined;
  // "Reuters reported that ... The report added": an outlet that just spoke itself issued the report.
  const last = [...history].reverse().find((entry) => entry.spoke);
  const report = core[core.length - 1] === 'report';
  if (report && last && last.paragraph >= scene.paragraph - OUTLET_REACH && parties.isMedia(last.party)) return party(last.party, 'statement.speaker-document');
  // An outlet that reported the story did not issue the document it quotes.
  const spoke = [...history].reverse().find((entry) => entry.spoke && entry.paragraph >= scene.paragraph - ISSUER_REACH && !parties.isMedia(entry.party));
  // Names in the sentence of "the report" are what it says ("..., according to the report"), not who issued it.
  const outside = (start: number) => start < scene.unitStart && !scene.said.some((span) => span.start <= start && start < span.end);
  const named = parties.before(at, scene.recentStart)
    .find((m) => m.entity.type === 'organization' && outside(m.start) && !parties.isMedia(parties.partyOf(m.entity)));
  if (named && (!spoke || named.start > spoke.at)) return party(parties.partyOf(named.entity), 'statement.speaker-document');
  // The body the article named with a report of its own ("X released a report on Tuesday saying ..."), unless someone spoke since.
  const published = latestIssuer(scene.issued, at);
  if (published && (!spoke || published.at > spoke.at)) return party(published.party, 'statement.speaker-document');
  return spoke && party(spoke.party, 'statement.speaker-document');
}

/** "analysts pointed out" right after a think tank spoke: its analysts. */
function analysts(core: string[], scene: UnnamedScene, history: Spoken[], parties: ArticleParties): Resolution | undefined {
  if (core.length !== 1 || !EXPERTS.has(core[0])) return undefined;
  const found = latestSpoken(history, scene.paragraph, EXPERT_REACH, (entry) => isResearchBody(entry.party, parties));
  return found && party(found, 'statement.speaker-analysts');
}

/**
 * "officials say" after "Ukrainian officials are warning", "the official said" or "a senior defence official said" after
 * "Pentagon officials have said", "the military added" after "Ukraine's military claims": the same body or state. Only
 * lower-case words qualify the official (`plain`): "a Pentagon official" names its own body.
 */
function officials(words: string[], core: string[], plain: boolean, scene: UnnamedScene, history: Spoken[], parties: ArticleParties): Resolution | undefined {
  const institution = core.length === 1 && STATE_INSTITUTIONS.has(core[0]);
  const bare = core.filter((word) => !ARTICLES.has(word));
  const unnamed = plain && UNNAMED_PEOPLE.has(bare[bare.length - 1]) && bare.slice(0, -1).every((word) => RANKS.has(word));
  if (!(unnamed || institution) || ['its', 'their'].includes(words[0])) return undefined;
  const found = latestSpoken(history, scene.paragraph, OFFICIAL_REACH,
    (entry) => entry.how === 'statement.speaker-unnamed-official' || (institution && entry.party.type === 'place'))
    ?? (institution && core[0] === 'government' ? governmentNamed(scene, parties) : undefined);
  return found && party(found, 'statement.speaker-unnamed-official');
}

/** "The Australian government has announced ... The government also said": the state whose government this or the last paragraph named. */
function governmentNamed(scene: UnnamedScene, parties: ArticleParties): Party | undefined {
  const latest = parties.before(scene.unitStart, scene.recentStart).find((mention) => {
    const written = mention.entity.mentions.find((own) => own.start === mention.start)?.text ?? '';
    return /\bgovernment$/i.test(written) && !!parties.stateOf(mention.entity.name);
  });
  return latest && parties.partyOf(latest.entity);
}

/**
 * The speaker of lower-case subject words from what came before, or undefined when the context does not tell; `plain`
 * says no word after the first is capitalized.
 */
export function fromContext(words: string[], at: number, scene: UnnamedScene, history: Spoken[], parties: ArticleParties, plain = true): Resolution | undefined {
  const core = words.filter((word) => !FILLER.has(word));
  return issuer(words, core, at, scene, history, parties) ?? analysts(core, scene, history, parties) ?? officials(words, core, plain, scene, history, parties);
}

/**
 * "the Ukrainian foreign ministry", "the defence ministry": a state body, of the state named in the words or else
 * of the state the latest nearby speaker belongs to.
 */
export function bodyFromContext(words: string[], scene: UnnamedScene, history: Spoken[], parties: ArticleParties): Resolution | undefined {
  if (!namesBody(words)) return undefined;
  const stateWord = words.find((word) => parties.stateOf(word));
  const latest = stateWord ? undefined : latestSpoken(history, scene.paragraph, STATE_REACH, (entry) => !!stateOfParty(entry.party, parties));
  const state = stateWord ? parties.stateOf(stateWord) : latest && stateOfParty(latest, parties);
  const body = state && bodyOf(words.filter((word) => word !== stateWord), state, parties);
  return body && party(body, stateWord ? 'statement.speaker-body' : 'statement.speaker-body-in-context');
}
