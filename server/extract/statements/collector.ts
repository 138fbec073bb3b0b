// Walks the analysed units in text order, turning frames into statements and keeping who spoke for later pronouns.
import type { Message, Sentence, Span, Statement } from '../types';
import type { Unit } from './units';
import { tokenize, type Token } from './tokens';
import type { Frame } from './frames';
import { readContent } from './content';
import { frameContent, reportsSomething } from './frame-content';
import type { ArticleParties, Party } from './parties';
import { openingSubject, openingSubjectWords, subordinateSubject } from './opening-subject';
import { SpeakerResolver, type Resolution, type Scene } from './speaker';
import { DOCUMENT_NOUNS } from './subject-mentions';
import { statementOf, type Said } from './statement';
import { latestSpoken } from './recent';
import { jointPartners } from './joint';
import { openingPerson, subjectForIt } from './salience';
import { documentIssuers, type Issued } from './documents';
import { pronounAside } from './arrange';
import { PERSON_PRONOUNS } from './pronouns';
import { SPEECH } from './speech-verbs';

/** A unit read for statements: its tokens, its reporting frames and where its words start after a subhead. */
export interface AnalysedUnit {
  unit: Unit;
  tokens: Token[];
  frames: Frame[];
  /** First token after a run-in subhead, 0 when there is none. */
  opening: number;
}

const REACH_PARAGRAPHS = 5;
/** How many sentences of the paragraph before "said this" opening a paragraph may report. */
const PARAGRAPH_UNITS = 4;
/** How far after a description in a lede the one it describes may first be named. */
const AHEAD_PARAGRAPHS = 5;

/** Only quotation marks (and closing punctuation): words going on from the speaker before. */
function quoteOnly(tokens: Token[]): boolean {
  return tokens.some((token) => token.kind === 'quote') && tokens.every((token) => token.kind === 'quote' || token.kind === 'end');
}

/** Photo captions and subheads that furniture detection left in: no closing punctuation. */
function captionLike(text: string, unit: Unit): boolean {
  return !/[.!?"”’'»)]\s*$/.test(text.slice(unit.start, unit.end));
}

export class StatementCollector {
  readonly statements: Statement[] = [];
  readonly messages: Message[] = [];
  private lastUnit = -1;
  private units: AnalysedUnit[] = [];
  /** Every quotation and every reported span so far: names there are what was said, not who said it. */
  private readonly said: Span[] = [];
  private readonly ids = new Set<string>();
  /** Bodies named with a document of theirs, for "the report said" far from them. */
  private readonly issued: Issued[];

  constructor(private readonly text: string, private readonly sentences: Sentence[], private readonly parties: ArticleParties,
    private readonly resolver: SpeakerResolver, private readonly paragraphs: Span[], private readonly quotations: Span[]) {
    this.issued = documentIssuers(text, parties);
  }

  private scene(analysed: AnalysedUnit): Scene {
    const { unit } = analysed;
    const paragraphs = this.paragraphs;
    return {
      paragraph: unit.paragraph, unitStart: unit.start, unitEnd: unit.end, quoted: unit.quotations, paragraphStart: paragraphs[unit.paragraph].start,
      recentStart: paragraphs[Math.max(0, unit.paragraph - 1)].start, said: this.said,
      reachStart: paragraphs[Math.max(0, unit.paragraph - REACH_PARAGRAPHS)].start,
      aheadEnd: paragraphs[Math.min(paragraphs.length - 1, unit.paragraph + AHEAD_PARAGRAPHS)].end, issued: this.issued,
    };
  }

  private resolve(analysed: AnalysedUnit, frame: Frame, previous: Party | null | undefined): Resolution {
    const { subject } = frame;
    if (frame.possessivePronoun) return this.resolver.pronoun(frame.possessivePronoun, analysed.tokens[frame.verbFrom].start, this.scene(analysed));
    // "X claimed that ..., which she described as ...": the pronoun of a relative aside is the speaker of the clause it is in.
    const personal = subject.kind === 'phrase' && PERSON_PRONOUNS.has(analysed.tokens[subject.from].lower);
    if (previous?.type === 'person' && personal && pronounAside(analysed.tokens, frame)) {
      return { kind: 'party', party: previous, how: 'statement.speaker-aside' };
    }
    if (subject.kind === 'phrase') return this.resolver.resolvePhrase(analysed.tokens, subject.from, subject.to, this.scene(analysed));
    if (subject.kind === 'relative') return this.resolver.resolveRelative(analysed.tokens, subject.from, subject.to, subject.pronoun);
    if (subject.kind === 'inherited') {
      if (previous) return { kind: 'party', party: previous, how: 'statement.speaker-inherited' };
      if (previous === null) return { kind: 'unresolved', reason: 'the clause before has no resolved speaker' };
      // "Tinkov has blasted the war, calling on the West to ...": the subject of the sentence's main clause.
      const opening = openingSubject(analysed.tokens, analysed.opening, frame.verbFrom, this.parties);
      if (opening) return { kind: 'party', party: opening, how: 'statement.speaker-main-clause' };
      const subordinate = subordinateSubject(analysed.tokens, analysed.opening, frame.verbFrom, this.parties);
      if (subordinate) return { kind: 'party', party: subordinate, how: 'statement.speaker-main-clause' };
      // "Xi Jinping's government is friendly with Moscow but says ...": the subject phrase read like any other.
      // A name or a description of someone, not a document: "The joint statement ... stressed" is no one's in particular.
      const words = openingSubjectWords(analysed.tokens, analysed.opening, frame.verbFrom);
      const someone = words && !DOCUMENT_NOUNS.has(analysed.tokens[words[1] - 1].lower);
      const phrase = someone && this.resolver.resolvePhrase(analysed.tokens, words[0], words[1], this.scene(analysed));
      return phrase && phrase.kind === 'party' ? phrase : { kind: 'none' };
    }
    if (subject.kind === 'continued') {
      const latest = latestSpoken(this.resolver.history, analysed.unit.paragraph, 1, () => true);
      return latest ? { kind: 'party', party: latest, how: 'statement.speaker-continued' } : { kind: 'none' };
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

  /** "..., the foreign ministry said" after the statement: the body it came through, whatever its kind. */
  private sourceOf(analysed: AnalysedUnit, frame: Frame, speaker: Party | null): Party | undefined {
    if (!frame.source) return undefined;
    const found = this.resolver.resolvePhrase(analysed.tokens, frame.source[0], frame.source[1], this.scene(analysed));
    return found.kind === 'party' && found.party.key !== speaker?.key ? found.party : undefined;
  }

  /**
   * The sentence before, when it reports nothing itself and belongs to the same or the previous paragraph; when the
   * attribution opens its paragraph ("...\n\nThat's according to X."), the whole paragraph before, back to any speech in it.
   */
  private unitBefore(unitIndex: number): Token[] | undefined {
    const current = this.units[unitIndex];
    const usable = (other: AnalysedUnit | undefined): other is AnalysedUnit => !!other && !other.frames.length && !captionLike(this.text, other.unit);
    const before = this.units[unitIndex - 1];
    if (!usable(before) || before.unit.paragraph < current.unit.paragraph - 1) return undefined;
    let first = unitIndex - 1;
    const opensParagraph = before.unit.paragraph < current.unit.paragraph;
    while (opensParagraph && unitIndex - first < PARAGRAPH_UNITS && usable(this.units[first - 1]) && this.units[first - 1].unit.paragraph === before.unit.paragraph) first--;
    return this.units.slice(first, unitIndex).flatMap((unit) => (unit.tokens.length ? unit.tokens : tokenize(this.text, unit.unit, unit.unit.quotations)));
  }

  private emit(said: Said, unitIndex: number, paragraph: number): void {
    const statement = statementOf(this.text, said, this.sentences, this.parties);
    // The same words by the same speaker found twice ("asked a counter question: ...") are one statement.
    if (this.statements.some((other) => other.start === statement.start && other.end === statement.end && other.speakerKey === statement.speakerKey)) return;
    // Joint speakers say the same words: each statement keeps an id of its own.
    for (let n = 2; this.ids.has(statement.id); n++) statement.id = `${statement.id.replace(/#\d+$/, '')}#${n}`;
    this.ids.add(statement.id);
    this.statements.push(statement);
    this.said.push(...statement.quoteSpans);
    if (said.speaker) this.resolver.remember(said.speaker, statement.start, paragraph, true, said.speakerHow, said.plural);
    this.lastUnit = unitIndex;
  }

  collect(units: AnalysedUnit[]): void {
    this.units = units;
    this.said.push(...this.quotations);
    units.forEach((analysed, unitIndex) => {
      if (!analysed.frames.length) {
        this.continueQuote(units, analysed, unitIndex);
        this.noteSubject(analysed);
        return;
      }
      this.noteSubjectBefore(unitIndex);
      let previous: Party | null | undefined;
      for (const frame of analysed.frames) previous = this.frame(analysed, frame, previous, unitIndex);
      this.noteSubject(analysed);
    });
  }

  /** A person opening a sentence is whom a later "he" most likely means. */
  private noteSubject(analysed: AnalysedUnit): void {
    const subject = openingPerson(this.text, analysed, this.parties);
    if (subject) this.resolver.remember(subject.party, subject.at, analysed.unit.paragraph, false);
  }

  private noteSubjectBefore(unitIndex: number): void {
    const before = this.units[unitIndex - 1];
    const subject = before && subjectForIt(this.text, before, this.units[unitIndex], this.parties);
    if (subject) this.resolver.remember(subject, before.unit.start, before.unit.paragraph, false);
  }

  private frame(analysed: AnalysedUnit, frame: Frame, previous: Party | null | undefined, unitIndex: number): Party | null | undefined {
    const { tokens } = analysed;
    const resolution = this.resolve(analysed, frame, previous);
    // "..., Ukrinform reports.": the wire's own formula passes the sentence on; the outlet says nothing of its own.
    const wire = frame.direction === 'trail' && SPEECH.wireForms.has(tokens[frame.verbFrom].lower) && resolution.kind === 'party' && this.parties.isMedia(resolution.party);
    const content = wire ? undefined
      : frameContent(this.text, tokens, frame, analysed.frames, frame.ruleId === 'statement.said-this' ? this.unitBefore(unitIndex) : undefined);
    if (!content) {
      const last = this.statements[this.statements.length - 1];
      if (resolution.kind === 'party' && last && this.lastUnit === unitIndex && !last.via && this.parties.isMedia(resolution.party)) {
        last.via = resolution.party.name;
        last.viaKey = resolution.party.key;
      }
      return resolution.kind === 'party' ? resolution.party : previous;
    }
    // "Johnson stressed the depletion of forces, saying that ...": a speaker whose noun phrase is no statement still speaks on.
    if (!reportsSomething(tokens, frame, content)) return resolution.kind === 'party' ? resolution.party : previous;
    if (resolution.kind === 'generic' || resolution.kind === 'none') return previous;
    const speaker = resolution.kind === 'party' ? resolution.party : null;
    const verb = { start: tokens[frame.verbFrom].start, end: tokens[frame.verbTo - 1].end };
    if (resolution.kind === 'unresolved') {
      this.messages.push({ reason: `Statement speaker unresolved: ${resolution.reason}`, ruleId: 'statement.unresolved-speaker', severity: 'warning', place: verb });
    }
    const via = this.viaOf(analysed, frame.via, speaker) ?? this.sourceOf(analysed, frame, speaker);
    const stance = frame.verb?.stance;
    this.emit({
      speaker, speakerHow: resolution.kind === 'party' ? resolution.how : undefined, content, verb, via, ruleId: frame.ruleId, stance,
      plural: resolution.kind === 'party' && resolution.plural,
    }, unitIndex, analysed.unit.paragraph);
    // "The US and NATO warned": each of the joint speakers said it.
    const resolve = (from: number, to: number) => (frame.subject.kind === 'relative'
      ? this.resolver.resolveRelative(tokens, from, to, frame.subject.pronoun) : this.resolver.resolvePhrase(tokens, from, to, this.scene(analysed)));
    const partners = resolution.kind === 'party' && resolution.partners ? resolution.partners : speaker ? jointPartners(tokens, frame.subject, speaker, this.parties, resolve) : [];
    for (const partner of partners) {
      this.emit({ speaker: partner, speakerHow: 'statement.speaker-joint', content, verb, via, ruleId: frame.ruleId, stance }, unitIndex, analysed.unit.paragraph);
    }
    return speaker;
  }

  /** An unattributed quote right after a quoted statement goes on in that speaker's words. */
  private continueQuote(units: AnalysedUnit[], analysed: AnalysedUnit, unitIndex: number): void {
    const last = this.statements[this.statements.length - 1];
    if (!last || this.lastUnit < 0 || !quoteOnly(analysed.tokens)) return;
    // The rest of the statement's own paragraph goes on with the speaker's words; another paragraph in between is another story.
    const paragraph = units[this.lastUnit].unit.paragraph;
    const between = units.slice(this.lastUnit + 1, unitIndex);
    if (!between.every((other) => other.unit.paragraph === paragraph || captionLike(this.text, other.unit))) return;
    const speaker = last.speakerKey ? { key: last.speakerKey, name: last.speaker!, type: this.parties.entity(last.speakerKey)?.type ?? 'person' } : null;
    for (const token of analysed.tokens) {
      const content = token.kind === 'quote' ? readContent(this.text, [token], 0, 1, false) : undefined;
      if (!content) continue;
      this.emit({ speaker, content, verb: last.verb, via: undefined, ruleId: 'statement.quote-continues', speakerHow: undefined }, unitIndex, analysed.unit.paragraph);
    }
  }
}
