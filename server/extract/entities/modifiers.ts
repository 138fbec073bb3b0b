// Marks names used as modifiers or inside titles ("Kremlin spokesman", "UN Secretary-General").
import { isNounAfterName, MODIFIED_ROLES, ORG_HEADS, ORG_TAILS, PLACE_HEADS, TITLE_WORDS, WEAPON_NOUNS } from './lexicon';
import type { RawMention } from './segment';
import type { NameSequence } from './sequences';

/** The first lowercase word right after the mention, when only spaces separate them. */
function nextWord(text: string, m: RawMention, sequence: NameSequence): string | undefined {
  const next = sequence.context.find((t) => t.start >= m.end);
  if (!next || !/^[ \u00a0]+$/.test(text.slice(m.end, next.start))) return undefined;
  return next.text;
}

/** "a Berlin think tank", "a Moscow newspaper": a place naming where a body is, in a description of the body. */
function describesBody(sequence: NameSequence, m: RawMention, word: string): boolean {
  return m.start === sequence.tokens[0].start && /^(?:a|an)$/i.test(sequence.context[sequence.at - 1]?.text ?? '')
    && [...ORG_TAILS].some((tail) => tail.split(' ')[0] === word);
}

/** "the Normandy format", "the Tory party": an unknown name between "the" and a noun only describes the noun. */
function describes(sequence: NameSequence, m: RawMention, word: string | undefined): boolean {
  const last = m.tokens[m.tokens.length - 1].text;
  if (word === undefined || !isNounAfterName(word) || ORG_HEADS.has(last) || PLACE_HEADS.has(last)) return false;
  const first = sequence.context.findIndex((t) => t.start === m.start);
  return sequence.context[first - 1]?.text === 'the' && sequence.context[first + m.tokens.length]?.text === word;
}

/**
 * Words next to a title belong to it ("Defense" in "Defense Minister", "State" in "Secretary of State"); a known name
 * there, or one followed by a role noun ("Kremlin spokesman", "US officials"), is attributive: it counts only for an
 * entity named elsewhere; so is an unknown name before a weapon ("Grad rockets") or describing a noun.
 */
export function markModifiers(text: string, found: RawMention[], sequence: NameSequence): RawMention[] {
  const tokens = sequence.tokens;
  return found.filter((m) => {
    const after = tokens.findIndex((t) => t.start >= m.end);
    const before = tokens.findIndex((t) => t.start === m.start) - 1;
    const titleAfter = after >= 0 && TITLE_WORDS.has(tokens[after].text) && text.slice(m.end, tokens[after].start).trim() === '';
    const titleBefore = before >= 1 && tokens[before].text === 'of' && TITLE_WORDS.has(tokens[before - 1].text);
    const word = m.tokens[m.tokens.length - 1].possessive || m.tail ? undefined : nextWord(text, m, sequence);
    const modifies = word !== undefined && after < 0 && (MODIFIED_ROLES.has(word.replace(/s$/, '')) || describesBody(sequence, m, word));
    if (m.kb) {
      if ((titleAfter || modifies) && m.kb.type !== 'person') m.attributive = true;
      return true;
    }
    if ((modifies || (word !== undefined && WEAPON_NOUNS.has(word)) || describes(sequence, m, word)) && !m.tail) m.attributive = true;
    return !titleAfter && !(titleBefore && after >= 0);
  });
}
