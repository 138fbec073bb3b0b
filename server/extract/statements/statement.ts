// Builds the Statement record: offsets, the sentence it starts in, and the entities named inside the quote.
import type { Sentence, Span, Stance, Statement } from '../types';
import type { Content } from './content';
import type { ArticleParties, Party } from './parties';
import { lastStartingAtOrBefore } from '../spans';

export interface Said {
  speaker: Party | null;
  /** Rule that resolved the speaker. */
  speakerHow: string | undefined;
  content: Content;
  /** Where the reporting verb is written, or the verb carried over by a quote that continues an earlier one. */
  verb: Span | string;
  via: Party | undefined;
  ruleId: string;
  /** The reporting verb's stance when it does not assert ("denied"). */
  stance?: Stance;
  /** The speaker was named as a group of unnamed people ("officials"). */
  plural?: boolean;
}

function sentenceAt(sentences: Sentence[], at: number): number {
  return sentences[Math.max(0, lastStartingAtOrBefore(sentences, at))]?.index ?? 0;
}

/** Keys of the entities named inside the quoted words, the speaker left out. */
function aboutOf(spans: Span[], parties: ArticleParties, speaker: Party | null): string[] {
  const keys = spans.flatMap((span) => parties.within(span).map((mention) => parties.partyOf(mention.entity).key));
  return [...new Set(keys)].filter((key) => key !== speaker?.key);
}

export function statementOf(text: string, said: Said, sentences: Sentence[], parties: ArticleParties): Statement {
  const { content, speaker, via } = said;
  const start = content.spans[0].start;
  const end = content.spans[content.spans.length - 1].end;
  const statement: Statement = {
    id: `statement:${start}-${end}`,
    speaker: speaker?.name ?? null,
    speakerKey: speaker?.key ?? null,
    quote: content.quote,
    quoteSpans: content.spans,
    kind: content.kind,
    verb: typeof said.verb === 'string' ? said.verb : text.slice(said.verb.start, said.verb.end),
    about: aboutOf(content.spans, parties, speaker),
    stance: said.stance ?? 'asserts',
    sentence: sentenceAt(sentences, start),
    ruleId: said.ruleId,
    start,
    end,
  };
  if (via) { statement.via = via.name; statement.viaKey = via.key; }
  return statement;
}
