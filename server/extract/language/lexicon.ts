// Word classes that need a lexicon rather than a closed list: compromise's lexicon, read once (no tagger run).
import nlp from 'compromise';

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/** Whether the lexicon knows the word only as a verb's bare form ("understand", "reject"), not as a noun ("claim", "fight"). */
export function isBareVerb(word: string): boolean {
  return LEXICON[word] === 'Infinitive';
}
