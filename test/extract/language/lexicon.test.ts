// The lexicon-backed word classes: bare verbs told from words that are also nouns.
import { expect } from 'chai';
import { isBareVerb } from '../../../server/extract/language/lexicon';

describe('language/lexicon', () => {
  it('When a word is only a verb’s bare form, then it is a bare verb; a noun, a name or a modal is not', () => {
    expect(['understand', 'reject', 'believe'].map(isBareVerb)).to.deep.equal([true, true, true]);
    expect(['claim', 'fight', 'russia', 'will', 'that'].map(isBareVerb)).to.deep.equal([false, false, false, false, false]);
  });
});
