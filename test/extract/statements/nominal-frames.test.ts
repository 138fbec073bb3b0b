// Attributions without a reporting verb: "according to X" inside a sentence, "in his words".
import { expect } from 'chai';
import { statementsOf, summary, type InventedEntity } from './fixture';

const FIX: InventedEntity = { name: 'Liana Fix', type: 'person', forms: ['Fix'] };
const MINIC: InventedEntity = { name: 'Dimitri Minic', type: 'person', forms: ['Minic'] };

describe('findStatements: nominal attributions', () => {
  it('When "according to X," stands inside a sentence another speaker closes, then each has their own part', () => {
    const text = 'While that turned out to be “a bluff”, according to Fix, a nuclear scenario could become real, Minic said.';
    expect(summary(statementsOf(text, [FIX, MINIC]).statements).map(([speaker, , quote]) => [speaker, quote])).to.deep.equal([
      ['Liana Fix', 'While that turned out to be a bluff'], ['Dimitri Minic', 'a nuclear scenario could become real'],
    ]);
  });

  it('When a sentence opens "In his words," or "In the words of X,", then the rest is the speaker\'s', () => {
    const text = 'Dimitri Minic spoke in Paris. In his words, the talks had failed. In the words of Liana Fix, nothing will change.';
    expect(summary(statementsOf(text, [FIX, MINIC]).statements)).to.deep.equal([
      ['Dimitri Minic', 'indirect', 'the talks had failed'], ['Liana Fix', 'indirect', 'nothing will change'],
    ]);
  });
});
