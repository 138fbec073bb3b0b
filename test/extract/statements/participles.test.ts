// Reporting participles and the verbs around them on invented sentences: "..., saying it ...", "accusing X of", adverbials, names ending in -ic.
import { expect } from 'chai';
import { statementsOf, summary, type InventedEntity } from './fixture';

const MOLDOVA: InventedEntity = { name: 'Moldova', type: 'place' };
const LATVIA: InventedEntity = { name: 'Latvia', type: 'place' };
const RUSSIA: InventedEntity = { name: 'Russia', type: 'place' };
const KOVALENKO: InventedEntity = { name: 'Petro Kovalenko', type: 'person', forms: ['Kovalenko'] };
const MARKOVIC: InventedEntity = { name: 'Ana Markovic', type: 'person', forms: ['Markovic'] };
const ESTONIA_BALTIC: InventedEntity = { name: 'Baltic states', type: 'place' };

describe('findStatements: reporting participles', () => {
  it('When a participle after a comma opens a clause with a pronoun ("..., saying it intends to"), then the main subject says it', () => {
    const text = 'Moldova has denounced the blockade, saying it intends to reopen every crossing.';
    expect(summary(statementsOf(text, [MOLDOVA]).statements)).to.deep.equal([['Moldova', 'indirect', 'it intends to reopen every crossing']]);
  });

  it('When the participle is followed by a noun phrase alone ("..., adding no further detail"), then it adds no statement', () => {
    const text = 'Kovalenko said on Monday that the inquiry would begin soon, adding no further detail.';
    expect(summary(statementsOf(text, [KOVALENKO]).statements)).to.deep.equal([['Petro Kovalenko', 'indirect', 'the inquiry would begin soon']]);
  });

  it('When "accusing X of" follows a dash-enclosed aside, then the main subject accuses, and its deed is no statement', () => {
    const text = 'Latvia removes a tank monument from the square — a place with a long history — accusing Russia of using such monuments to stir up tensions.';
    expect(summary(statementsOf(text, [LATVIA, RUSSIA]).statements))
      .to.deep.equal([['Latvia', 'indirect', 'Russia of using such monuments to stir up tensions']]);
  });

  it('When "accuses" has no "of" after its object (a headline), then it reports nothing', () => {
    const text = 'Kovalenko accuses Russia';
    expect(statementsOf(text, [KOVALENKO, RUSSIA]).statements).to.deep.equal([]);
  });

  it('When an adverbial "without ..." stands between the verb and "that", then the clause after "that" is the statement', () => {
    const text = 'Kovalenko claimed without providing evidence that the depot had been mined.';
    expect(summary(statementsOf(text, [KOVALENKO]).statements)).to.deep.equal([['Petro Kovalenko', 'indirect', 'the depot had been mined']]);
  });

  it('When a name ending in -ic is followed by "says", then it is the name\'s verb; after "the Baltic" it is a noun', () => {
    const text = 'Talks will resume in June, spokeswoman Ana Markovic says.';
    expect(summary(statementsOf(text, [MARKOVIC]).statements)).to.deep.equal([['Ana Markovic', 'indirect', 'Talks will resume in June']]);
    const noun = 'Officials raised the prospect of the Baltic states sending engineers to the border.';
    expect(statementsOf(noun, [ESTONIA_BALTIC]).statements).to.deep.equal([]);
  });
});

describe('findStatements: nouns spelled like reporting verbs', () => {
  const KOVALENKO_ONLY: InventedEntity = { name: 'Petro Kovalenko', type: 'person', forms: ['Kovalenko'] };

  it('When "states" is followed by an auxiliary ("Some states have viewed ..."), then it is a noun and the trailing attribution holds', () => {
    const text = 'Some states have viewed the tribunal with scepticism, said Petro Kovalenko.';
    expect(summary(statementsOf(text, [KOVALENKO_ONLY]).statements))
      .to.deep.equal([['Petro Kovalenko', 'indirect', 'Some states have viewed the tribunal with scepticism']]);
  });

  it('When "states" is followed by a past verb ("as member states debated"), then the sentence\'s speaker is found after it', () => {
    const text = 'In January, as member states debated new shipments, Petro Kovalenko said defeat could lead to escalation.';
    expect(summary(statementsOf(text, [KOVALENKO_ONLY]).statements))
      .to.deep.equal([['Petro Kovalenko', 'indirect', 'defeat could lead to escalation']]);
  });

  it('When an adverb stands between a state and its verb ("Moldova firmly opposes ... and has said"), then the state says it', () => {
    const text = 'Moldova firmly opposes linking the talks to the debt and has said it will defend its companies.';
    expect(summary(statementsOf(text, [MOLDOVA]).statements)).to.deep.equal([['Moldova', 'indirect', 'it will defend its companies']]);
  });
});
