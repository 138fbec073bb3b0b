// The one tokenizer: words with their offsets, possessives, initialisms, numbers, dashes, and stops glued to the next word.
import { expect } from 'chai';
import { lex } from '../../../server/extract/language/tokens';

const kinds = (text: string) => lex(text, 0, text.length).map((t) => `${t.kind}:${t.text}`);

describe('language/tokens', () => {
  it('should slice every token back out of the text at its offsets', () => {
    const text = 'Gen. Valery Gerasimov’s forces – 300,000 men – took U.S.-made guns.';
    for (const token of lex(text, 0, text.length)) expect(text.slice(token.start, token.end)).to.equal(token.text);
  });

  it('should keep initialisms, titles with their stop, thousands and possessives whole, and mark them', () => {
    const tokens = lex('Gen. Smith’s U.S. team of 300,000', 0, 33);
    expect(tokens.map((t) => t.text)).to.deep.equal(['Gen.', 'Smith’s', 'U.S.', 'team', 'of', '300,000']);
    expect(tokens[1]).to.include({ possessive: true, capitalized: true, lower: "smith's" });
  });

  it('should keep a short month\'s stop with it before a day ("Feb. 24"), and end the sentence on one that closes it', () => {
    expect(kinds('said on Feb. 24: war')).to.deep.equal(['word:said', 'word:on', 'word:Feb.', 'word:24', 'colon::', 'word:war']);
    expect(kinds('until Feb. The')).to.deep.equal(['word:until', 'word:Feb', 'end:.', 'word:The']);
  });

  it('should tell a dash between spaces, sentence marks and commas from words', () => {
    expect(kinds('Kyiv – Odesa, now?')).to.deep.equal(['word:Kyiv', 'dash:–', 'word:Odesa', 'comma:,', 'word:now', 'end:?']);
    expect(kinds('(AP)- Kyiv well-known')).to.deep.equal(['open:(', 'word:AP', 'close:)', 'dash:-', 'word:Kyiv', 'word:well-known']);
  });

  it('should end a word at a stop glued to the next sentence ("Ukraine.Today")', () => {
    expect(kinds('in Ukraine.Today we')).to.deep.equal(['word:in', 'word:Ukraine', 'end:.', 'word:Today', 'word:we']);
  });
});
