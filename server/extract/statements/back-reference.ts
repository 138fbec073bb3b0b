// Frames of a sentence that only points back at the words before it: "This was reported by X.", "The relevant statement was made by X".
import type { Token } from './tokens';
import type { Frame } from './nominal-frames';
import { SPEECH } from './speech-verbs';

const POINTERS = new Set(['this', 'that']);
const BE = new Set(['is', 'was', 'has', 'had', 'been']);
/** "The relevant statement", "Such a statement", "These remarks": an utterance the sentence before holds. */
const UTTERANCES = new Set(['statement', 'statements', 'remarks', 'comments', 'comment']);
const UTTERANCE_DETERMINERS = new Set(['the', 'this', 'such', 'a', 'these', 'relevant', 'corresponding', 'respective']);
/** Words ending the speaker's name: the occasion or time of speaking follows. */
const SPEAKER_ENDS = new Set(['in', 'at', 'during', 'on', 'while', 'when', 'after', 'before', 'following', 'via', 'through', 'to']);
const MAX_SPEAKER_WORDS = 12;

/** Where the passive verb stands after the sentence's pointer ("This was reported by", "The relevant statement was made by"), or -1. */
function passiveVerbAt(tokens: Token[]): number {
  if (POINTERS.has(tokens[0]?.lower ?? '')) {
    let verb = 1;
    while (verb < 3 && BE.has(tokens[verb]?.lower ?? '')) verb++;
    return verb > 1 && SPEECH.pointingBack.has(tokens[verb]?.lower ?? '') ? verb : -1;
  }
  let noun = 0;
  while (noun < 3 && UTTERANCE_DETERMINERS.has(tokens[noun]?.lower ?? '')) noun++;
  if (!noun || !UTTERANCES.has(tokens[noun]?.lower ?? '') || !['was', 'were'].includes(tokens[noun + 1]?.lower ?? '')) return -1;
  return tokens[noun + 2]?.lower === 'made' ? noun + 2 : -1;
}

/** "This was reported by Euractiv.", "The relevant statement was made by X in his video address": X said the sentence before. */
export function backReferenceAt(tokens: Token[], at: number): Frame | undefined {
  if (at !== 0) return undefined;
  const verb = passiveVerbAt(tokens);
  if (verb < 0 || tokens[verb + 1]?.lower !== 'by') return undefined;
  let end = verb + 2;
  while (end < tokens.length && end - verb - 2 < MAX_SPEAKER_WORDS && tokens[end].kind === 'word' && !SPEAKER_ENDS.has(tokens[end].lower)) end++;
  if (end === verb + 2) return undefined;
  return {
    verbFrom: verb, verbTo: verb + 2, subject: { kind: 'phrase', from: verb + 2, to: end }, attributionFrom: 0, attributionTo: tokens.length,
    direction: 'lead', contentFrom: tokens.length, contentTo: tokens.length, ruleId: 'statement.said-this',
  };
}
