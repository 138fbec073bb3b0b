// Finds statements (direct, mixed and indirect speech) and resolves their speakers.
import type { Entity, Message, Sentence, Span, Statement } from '../types';
import { findQuotations, paragraphsOf } from './quotations';
import { buildUnits, type Unit } from './units';
import { tokenize, type Token } from './tokens';
import { findFrames, type Frame } from './frames';
import { arrangeFrames, quotesAfterAttribution } from './arrange';
import { readContent, type Content } from './content';
import { ArticleParties, type Party } from './parties';
import { SpeakerResolver, subjectMentions, type Resolution, type Scene } from './speaker';
import { statementOf, type Said } from './statement';
import { FINITE_MARKERS, MAY_REPORT, NOUN_OBJECT_VERBS } from './lexicon';

interface AnalysedUnit {
  unit: Unit;
  tokens: Token[];
  frames: Frame[];
}

const REACH_PARAGRAPHS = 5;
/** How many tokens from a sentence's start its subject may lie. */
const SUBJECT_WINDOW = 8;

function analyse(text: string, unit: Unit, parties: ArticleParties): AnalysedUnit {
  if (!MAY_REPORT.test(text.slice(unit.start, unit.end))) return { unit, tokens: [], frames: [] };
  const tokens = tokenize(text, unit, unit.quotations);
  const hasName = (from: number, to: number): boolean => subjectMentions(tokens, from, to, parties)
    .some((mention) => mention.entity.type !== 'place' || parties.partyOf(mention.entity).key !== mention.entity.key || !!parties.stateOf(mention.entity.name));
  const frames = arrangeFrames(tokens, findFrames(tokens, hasName));
  return { unit, tokens, frames: [...frames, ...quotesAfterAttribution(tokens, frames)] };
}

/** A bare noun phrase after "announced", "promised" is not yet a statement; a clause, a quote or "to" makes it one. */
function reportsSomething(tokens: Token[], frame: Frame, content: Content): boolean {
  const verb = tokens[frame.verbTo - 1].lower;
  // "which she said was to ...": a predicate without its subject says something only when it is long enough.
  const first = tokens[frame.contentFrom];
  if (frame.direction === 'lead' && first && FINITE_MARKERS.has(first.lower) && frame.contentTo - frame.contentFrom < 6) return false;
  if (content.kind !== 'indirect' || frame.ruleId !== 'statement.reported-clause' || !NOUN_OBJECT_VERBS.has(verb)) return true;
  const words = tokens.slice(frame.contentFrom, Math.min(frame.contentTo, frame.contentFrom + 12));
  return words.some((token, at) => FINITE_MARKERS.has(token.lower) || (at > 0 && token.kind === 'word' && /[a-z]ed$/.test(token.lower)));
}

/** How short a clause may be before an attribution set inside it ("Lithuania's actions, Landsbergis said, were ..."). */
const PARENTHESIS_BEFORE = 8;

/** "The attack, he said, was planned": the words after a parenthetical attribution belong to the same statement. */
function withParenthesis(text: string, tokens: Token[], frame: Frame, content: Content | undefined, frames: Frame[]): Content | undefined {
  const after = frame.attributionTo;
  const last = frames[frames.length - 1] === frame;
  if (!content || content.kind === 'direct' || frame.direction !== 'trail' || !last || tokens[after]?.kind !== 'comma') return content;
  if (frame.contentTo - frame.contentFrom > PARENTHESIS_BEFORE || tokens[after + 1]?.kind !== 'word' || !/^[a-z]/.test(tokens[after + 1].text)) return content;
  const rest = readContent(text, tokens, after + 1, tokens.length, true);
  if (!rest) return content;
  const spans = [...content.spans, ...rest.spans];
  const kind = content.kind === 'mixed' || rest.kind !== 'indirect' ? 'mixed' : 'indirect';
  return { kind, spans, quote: `${content.quote} ${rest.quote}` };
}

/** Only quotation marks (and closing punctuation): words going on from the speaker before. */
function quoteOnly(tokens: Token[]): boolean {
  return tokens.some((token) => token.kind === 'quote') && tokens.every((token) => token.kind === 'quote' || token.kind === 'end');
}

/** Photo captions and subheads that furniture detection left in: no closing punctuation. */
function captionLike(text: string, unit: Unit): boolean {
  return !/[.!?"”’'»)]\s*$/.test(text.slice(unit.start, unit.end));
}

class StatementCollector {
  readonly statements: Statement[] = [];
  readonly messages: Message[] = [];
  private lastUnit = -1;

  constructor(private readonly text: string, private readonly sentences: Sentence[], private readonly parties: ArticleParties,
    private readonly resolver: SpeakerResolver, private readonly paragraphs: Span[]) {}

  private scene(analysed: AnalysedUnit): Scene {
    const { unit } = analysed;
    return { paragraph: unit.paragraph, unitStart: unit.start, quoted: unit.quotations, reachStart: this.paragraphs[Math.max(0, unit.paragraph - REACH_PARAGRAPHS)].start };
  }

  private resolve(analysed: AnalysedUnit, frame: Frame, previous: Party | null | undefined): Resolution {
    const { subject } = frame;
    if (subject.kind === 'phrase') return this.resolver.resolvePhrase(analysed.tokens, subject.from, subject.to, this.scene(analysed));
    if (subject.kind === 'relative') return this.resolver.resolveRelative(analysed.tokens, subject.from, subject.to, subject.pronoun);
    if (subject.kind === 'inherited') {
      if (previous) return { kind: 'party', party: previous, how: 'statement.speaker-inherited' };
      return previous === null ? { kind: 'unresolved', reason: 'the clause before has no resolved speaker' } : { kind: 'none' };
    }
    return { kind: 'none' };
  }

  private viaOf(analysed: AnalysedUnit, range: [number, number] | undefined, speaker: Party | null): Party | undefined {
    if (!range || range[1] <= range[0]) return undefined;
    const span = { start: analysed.tokens[range[0]].start, end: analysed.tokens[range[1] - 1].end };
    const mention = this.parties.within(span).filter((m) => m.entity.type === 'organization').pop();
    const party = mention ? this.parties.partyOf(mention.entity) : undefined;
    return party && this.parties.isMedia(party) && party.key !== speaker?.key ? party : undefined;
  }

  private emit(said: Said, unitIndex: number, paragraph: number): void {
    const statement = statementOf(this.text, said, this.sentences, this.parties);
    this.statements.push(statement);
    if (said.speaker) this.resolver.remember(said.speaker, statement.start, paragraph);
    this.lastUnit = unitIndex;
  }

  collect(units: AnalysedUnit[]): void {
    units.forEach((analysed, unitIndex) => {
      if (!analysed.frames.length) { this.continueQuote(units, analysed, unitIndex); return; }
      let previous: Party | null | undefined;
      for (const frame of analysed.frames) previous = this.frame(analysed, frame, previous, unitIndex);
      this.noteSubject(analysed);
    });
  }

  /** A person opening a sentence ("Nebenzya on Monday slammed ...") is whom a later "he" most likely means. */
  private noteSubject(analysed: AnalysedUnit): void {
    const opening = analysed.tokens.slice(0, SUBJECT_WINDOW);
    if (!opening.length || opening[0].kind === 'quote') return;
    const mention = subjectMentions(opening, 0, opening.length, this.parties).find((m) => m.entity.type === 'person');
    if (mention) this.resolver.remember(this.parties.partyOf(mention.entity), mention.start, analysed.unit.paragraph, false);
  }

  private frame(analysed: AnalysedUnit, frame: Frame, previous: Party | null | undefined, unitIndex: number): Party | null | undefined {
    const { tokens } = analysed;
    const resolution = this.resolve(analysed, frame, previous);
    const content = withParenthesis(this.text, tokens, frame, readContent(this.text, tokens, frame.contentFrom, frame.contentTo, frame.direction === 'lead'), analysed.frames);
    if (!content) {
      const last = this.statements[this.statements.length - 1];
      if (resolution.kind === 'party' && last && this.lastUnit === unitIndex && !last.via && this.parties.isMedia(resolution.party)) {
        last.via = resolution.party.name;
        last.viaKey = resolution.party.key;
      }
      return previous;
    }
    if (!reportsSomething(tokens, frame, content) || resolution.kind === 'generic' || resolution.kind === 'none') return previous;
    const speaker = resolution.kind === 'party' ? resolution.party : null;
    const verb = { start: tokens[frame.verbFrom].start, end: tokens[frame.verbTo - 1].end };
    if (resolution.kind === 'unresolved') {
      this.messages.push({ reason: `Statement speaker unresolved: ${resolution.reason}`, ruleId: 'statement.unresolved-speaker', severity: 'warning', place: verb });
    }
    const via = this.viaOf(analysed, frame.via, speaker);
    this.emit({
      speaker, speakerHow: resolution.kind === 'party' ? resolution.how : undefined, content, verb, via, ruleId: frame.ruleId,
    }, unitIndex, analysed.unit.paragraph);
    return speaker;
  }

  /** An unattributed quote right after a quoted statement goes on in that speaker's words. */
  private continueQuote(units: AnalysedUnit[], analysed: AnalysedUnit, unitIndex: number): void {
    const last = this.statements[this.statements.length - 1];
    if (!last || last.kind === 'indirect' || this.lastUnit < 0 || !quoteOnly(analysed.tokens)) return;
    const between = units.slice(this.lastUnit + 1, unitIndex);
    if (!between.every((other) => captionLike(this.text, other.unit))) return;
    const speaker = last.speakerKey ? { key: last.speakerKey, name: last.speaker!, type: this.parties.entity(last.speakerKey)?.type ?? 'person' } : null;
    for (const token of analysed.tokens) {
      const content = token.kind === 'quote' ? readContent(this.text, [token], 0, 1, false) : undefined;
      if (!content) continue;
      this.emit({ speaker, content, verb: last.verb, via: undefined, ruleId: 'statement.quote-continues', speakerHow: undefined }, unitIndex, analysed.unit.paragraph);
    }
  }
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
  const units = buildUnits(text, sentences, quotations, paragraphs).map((unit) => analyse(text, unit, parties));
  const final = new StatementCollector(text, sentences, parties, new SpeakerResolver(text, parties, namedSpeakers(units, parties)), paragraphs);
  final.collect(units);
  return { statements: final.statements, messages: final.messages };
}
