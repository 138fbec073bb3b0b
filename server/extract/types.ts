// The extractor's output, declared once: plain data in which every finding carries [start, end) offsets into the article text.
//
// Offsets are UTF-16 code-unit indexes into the original text exactly as given (JavaScript string indexes),
// so that `text.slice(start, end)` gives back what was found. The field names that score.mjs reads
// (entities[].name/type/aliases, statements[].speaker/quote/kind/via, events[].actor/verb/target/claimed_by)
// keep its spelling so that the CLI prints this document as it is.

export interface Span {
  start: number;
  end: number;
}

export type EntityType = 'person' | 'organization' | 'place';

/** One occurrence of an entity's name in the text ("Zelensky", "Kremlin spokesman Dmitry Peskov"). */
export interface Mention extends Span {
  text: string;
  sentence: number;
}

export interface Entity {
  /** Stable across articles: `${type}:${normalized canonical name}`, e.g. "person:vladimir putin". */
  key: string;
  /** Canonical name, the fullest common English form ("Volodymyr Zelenskyy"). */
  name: string;
  type: EntityType;
  /** Other forms this article uses for it. */
  aliases: string[];
  /** Title kept as a role ("spokesman") and the body it serves ("Kremlin"), when the article gives them. */
  role?: string;
  affiliation?: string;
  /** For places the knowledge base knows. */
  coordinates?: { lat: number; lon: number };
  mentions: Mention[];
}

export interface Sentence extends Span {
  index: number;
}

export type StatementKind = 'direct' | 'mixed' | 'indirect';

/**
 * A statement's stance toward the events it carries: it asserts them, denies them ("Russia denies withdrawing"), doubts
 * them, or reports that another party claims them ("Kyiv said Moscow claimed to have taken X").
 */
export type Stance = 'asserts' | 'denies' | 'doubts' | 'reports';

export interface Statement extends Span {
  /** Stable within the article: derived from the quote's offsets. */
  id: string;
  /** Canonical name of the speaker, or null when it cannot be resolved (then a message says so). */
  speaker: string | null;
  speakerKey: string | null;
  /** The words said, without quotation marks; `quoteSpans` locate them (a mixed quote may span several pieces). */
  quote: string;
  quoteSpans: Span[];
  kind: StatementKind;
  /** The reporting verb as written ("said", "told", "according to"). */
  verb: string;
  /** Canonical name of the party the words reached the article through ("Associated Press"). */
  via?: string;
  viaKey?: string;
  /** Keys of the entities the statement is about (named inside the quote). */
  about: string[];
  /** Its stance toward what it says, from the reporting verb ("denied" denies); the extractor always sets it, absent reads as asserts. */
  stance?: Stance;
  sentence: number;
  ruleId: string;
}

/** An event type of kb/event-types.json: captured, withdrew_from, annexed, advanced_on, attacked, pledged, visited, recognized, mobilized. */
export type EventVerb = string;

/** Told as fact, reported inside a statement, hedged (planned, doubted, possible) or denied. */
export type Modality = 'asserted' | 'reported' | 'hedged' | 'denied';

export interface GraphEvent extends Span {
  id: string;
  actor: string;
  actorKey: string;
  verb: EventVerb;
  target: string;
  targetKey: string;
  /** The verb phrase as written ("pulling back troops from"). */
  phrase: string;
  /** Speaker of the statement the event is asserted in, when it is only claimed. */
  claimed_by?: string;
  claimedByKey?: string;
  /** The claiming statement's stance toward the event, when it is claimed. */
  stance?: Stance;
  /** ISO date (YYYY-MM-DD) the event happened, when the text fixes it. */
  date?: string;
  modality: Modality;
  sentence: number;
  ruleId: string;
}

export interface Message {
  reason: string;
  ruleId: string;
  severity: 'info' | 'warning';
  place?: Span;
}

export interface ArticleMeta {
  title?: string;
  outlet?: string;
  /** ISO date YYYY-MM-DD. */
  date?: string;
  url?: string;
}

export interface Extraction {
  meta: ArticleMeta;
  /** Length of the text the offsets refer to. */
  length: number;
  /** Page furniture found and left out (browser notices, appeals, photo credits). */
  furniture: Span[];
  sentences: Sentence[];
  entities: Entity[];
  statements: Statement[];
  /** Events the article tells as fact or as claimed. */
  events: GraphEvent[];
  /** Events a statement denies or doubts ("Russia denies withdrawing"): kept apart, as they are not told as having happened. */
  disputed?: GraphEvent[];
  messages: Message[];
}
