// Finds events in the controlled vocabulary, with actor, target, date and who claims them.
import type { ArticleMeta, Entity, GraphEvent, Message, Sentence, Statement } from '../types';
import { buildEvents } from './build';
import { ArticleContext, type QuotedSpeaker } from './context';
import { interpret } from './interpret';
import type { Match } from './interpret';
import { headOfCompound, mayHoldTrigger, TRIGGER_RULES, type TriggerRule } from './lexicon';
import { mentionRefs, sentenceRefs } from './refs';
import { buildView, tokenAt } from './view';
import { actingState, partyOfEntity } from './world';
import type { SentenceView } from './view';

export interface EventsInput {
  text: string;
  sentences: Sentence[];
  entities: Entity[];
  statements: Statement[];
  meta: ArticleMeta;
}

/** The rules each head word can start, so a sentence runs only the rules its words may trigger. */
const RULES_BY_HEAD = new Map<string, TriggerRule[]>();
for (const rule of TRIGGER_RULES) for (const head of rule.heads) RULES_BY_HEAD.set(head, [...RULES_BY_HEAD.get(head) ?? [], rule]);

function matchTriggers(view: SentenceView): Match[] {
  const matches: Match[] = [];
  const candidates = new Set<TriggerRule>();
  for (const token of view.tokens) {
    for (const rule of RULES_BY_HEAD.get(token.lower) ?? []) candidates.add(rule);
    for (const rule of RULES_BY_HEAD.get(headOfCompound(token.lower)) ?? []) if (rule.form === 'compound') candidates.add(rule);
  }
  // In the lexicon's order, as the rules were written.
  for (const rule of TRIGGER_RULES) {
    if (!candidates.has(rule)) continue;
    rule.pattern.lastIndex = 0;
    for (let found = rule.pattern.exec(view.rendered); found; found = rule.pattern.exec(view.rendered)) {
      const next = tokenAt(view, found.index + found[0].length);
      matches.push({ rule, first: tokenAt(view, found.index), next, groups: found.slice(1) });
      if (found[0].length === 0) rule.pattern.lastIndex++;
    }
  }
  return matches.sort((a, b) => a.first - b.first);
}

/**
 * The words inside quotation marks of each statement with a known speaker, for "I" and "we" inside them; with `reported`,
 * the words of indirect statements too, for "the army" a speaker's report names.
 */
function quotedSpeakers({ statements, entities }: EventsInput, reported = false): QuotedSpeaker[] {
  const byKey = new Map(entities.map((entity) => [entity.key, entity]));
  return statements.filter((statement) => reported || statement.kind !== 'indirect').flatMap((statement) => {
    const entity = statement.speakerKey ? byKey.get(statement.speakerKey) : undefined;
    return entity ? statement.quoteSpans.map((span) => ({ ...span, speaker: partyOfEntity(entity) })) : [];
  });
}

function eventKey(event: GraphEvent): string {
  return `${event.actorKey}|${event.verb}|${event.targetKey}|${event.claimedByKey ?? ''}`;
}

export function findEvents(input: EventsInput): { events: GraphEvent[]; disputed: GraphEvent[]; messages: Message[] } {
  const { text, sentences, entities } = input;
  const mentions = mentionRefs(entities);
  const refs = sentences.map((sentence) => sentenceRefs(text, sentence, mentions.get(sentence.index) ?? []));
  const context = new ArticleContext(refs, quotedSpeakers(input), quotedSpeakers(input, true));
  const events: GraphEvent[] = [];
  const disputed: GraphEvent[] = [];
  const messages: Message[] = [];
  const seen = new Set<string>();
  sentences.forEach((sentence, n) => {
    if (!mayHoldTrigger(text.slice(sentence.start, sentence.end))) return;
    const view = buildView(text, sentence, refs[n]);
    for (const match of matchTriggers(view)) {
      const candidate = interpret(view, match, context);
      if (!candidate) continue;
      const built = buildEvents({ ...input, view, context }, candidate);
      messages.push(...built.messages);
      for (const [found, into] of [[built.events, events], [built.disputed, disputed]] as const) {
        for (const event of found) {
          const key = `${eventKey(event)}|${event.modality}`;
          if (!seen.has(key)) into.push(event);
          seen.add(key);
        }
      }
    }
  });
  return { events: withoutEchoes(events, entities), disputed, messages };
}

/**
 * "Scholz announced that his country will send Ukraine tanks": the leader's pledge and the same pledge by the leader's
 * state, told in one sentence, are one act; the leader's is kept, as a named person acting is the person.
 */
function withoutEchoes(events: GraphEvent[], entities: EventsInput['entities']): GraphEvent[] {
  const byKey = new Map(entities.map((entity) => [entity.key, entity]));
  const leaders = new Set(events.flatMap((event) => {
    const person = byKey.get(event.actorKey);
    const state = person?.type === 'person' ? actingState(partyOfEntity(person)) : undefined;
    return state ? [`${event.sentence}|${event.verb}|${event.targetKey}|${state.key}`] : [];
  }));
  return events.filter((event) => !leaders.has(`${event.sentence}|${event.verb}|${event.targetKey}|${event.actorKey}`));
}
