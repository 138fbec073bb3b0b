// Finds statements (direct, mixed and indirect speech) and resolves their speakers.
import type { Entity, Message, Sentence, Statement } from '../types';
import { findQuotations, paragraphsOf } from './quotations';
import { buildUnits, type Unit } from './units';
import { tokenize } from './tokens';
import { findFrames } from './frames';
import { arrangeFrames, quotesAfterAttribution } from './arrange';
import { ArticleParties, type PlacedMention } from './parties';
import { SpeakerResolver, subjectMentions } from './speaker';
import { StatementCollector, type AnalysedUnit } from './collector';
import { mayReport, PREPOSITIONS } from './lexicon';
import { namedInWords } from './proper-name';
import { afterHeading, headingEnd } from './heading';

function analyse(text: string, unit: Unit, parties: ArticleParties, paragraphStart: boolean): AnalysedUnit {
  if (!mayReport(text.slice(unit.start, unit.end))) return { unit, tokens: [], frames: [], opening: 0 };
  const tokens = tokenize(text, unit, unit.quotations);
  // A place names a speaker only as the head of the words ("Kyiv said", "Moscow's envoy"), not as a modifier
  // ("a Belgrade university professor"); a name the entity stage missed ("Filip Ejdus, a professor, said") still counts.
  const heads = (mention: PlacedMention, from: number, to: number) => mention.start === tokens[from].start || mention.end >= tokens[to - 1].end
    || /^['’]s\b/.test(text.slice(mention.end, mention.end + 3));
  const speaks = (mention: PlacedMention) => mention.entity.type !== 'place' || parties.partyOf(mention.entity).key !== mention.entity.key
    || !!parties.stateOf(mention.entity.name);
  const hasName = (from: number, to: number, describable = false): boolean => subjectMentions(tokens, from, to, parties)
    .some((mention) => speaks(mention) && (mention.entity.type !== 'place' || (!describable && heads(mention, from, to))))
    || (to > from && !tokens.slice(from, to).some((token) => PREPOSITIONS.has(token.lower)) && namedInWords(tokens.slice(from, to))?.type === 'person');
  const opening = paragraphStart ? headingEnd(tokens) : 0;
  const frames = afterHeading(arrangeFrames(tokens, findFrames(text, tokens, hasName)), opening);
  return { unit, tokens, frames: [...frames, ...quotesAfterAttribution(tokens, frames)], opening };
}

/** People named as the subject of some reporting verb: descriptions prefer them ("a senior official" named later). */
function namedSpeakers(units: AnalysedUnit[], parties: ArticleParties): Set<string> {
  const keys = new Set<string>();
  for (const { tokens, frames } of units) {
    for (const frame of frames) {
      if (frame.subject.kind !== 'phrase') continue;
      for (const mention of subjectMentions(tokens, frame.subject.from, frame.subject.to, parties)) {
        if (mention.entity.type === 'person') keys.add(mention.entity.key);
      }
    }
  }
  return keys;
}

export function findStatements(input: { text: string; sentences: Sentence[]; entities: Entity[] }): { statements: Statement[]; messages: Message[] } {
  const { text, sentences, entities } = input;
  const paragraphs = paragraphsOf(text);
  if (!paragraphs.length || !sentences.length) return { statements: [], messages: [] };
  const quotations = findQuotations(text, paragraphs);
  const parties = new ArticleParties(entities);
  const units = buildUnits(text, sentences, quotations, paragraphs).map((unit) => analyse(text, unit, parties, !text.slice(paragraphs[unit.paragraph].start, unit.start).trim()));
  const final = new StatementCollector(text, sentences, parties, new SpeakerResolver(text, parties, namedSpeakers(units, parties)), paragraphs, quotations);
  final.collect(units);
  return { statements: final.statements, messages: final.messages };
}
