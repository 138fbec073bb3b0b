// Unit tests: deeds told as a participle describing a place, and visits told as a noun with the traveller after "of".
import { expect } from 'chai';
import { triples } from './article';

describe('events/described', () => {
  it('When a participle describes places after a preposition ("from liberated towns like X"), then the examples were taken', () => {
    const text = 'Reporters sent pictures from liberated Ukrainian towns like Lyman.';
    expect(triples(text, { names: ['Lyman'] })).to.deep.equal(['Ukraine captured Lyman']);
  });

  it('When the describing participle stands in a hedged clause ("urged people to look at liberated X"), then it still happened', () => {
    const text = 'The minister urged people to look at the images from liberated Kupiansk.';
    expect(triples(text, { names: ['Kupiansk'] })).to.deep.equal(['Ukraine captured Kupiansk']);
  });

  it('When the participle is joined to an adverb by a hyphen ("the recently-liberated town of X"), then X was taken', () => {
    const text = 'Aid reached the recently-liberated town of Balakliya.';
    expect(triples(text, { names: ['Balakliya'] })).to.deep.equal(['Ukraine captured Balakliya']);
  });

  it('When a visit is told as "the visit of X to Y", then X visited Y', () => {
    const text = 'Beijing protested against the visit of German minister Annalena Baerbock to Taiwan.';
    expect(triples(text, { names: ['Beijing', 'Annalena Baerbock', 'Taiwan'] })).to.deep.equal(['Annalena Baerbock visited Taiwan']);
  });

  it('When the name after "of" sits behind a second preposition ("the visit of the First Lady of X"), then X is no traveller', () => {
    const text = 'Senators welcomed the visit of the First Lady of Ukraine to the United States.';
    expect(triples(text, { names: ['Ukraine', 'United States'] })).to.deep.equal([]);
  });
});
