// Reporting verbs by what follows them: a preposition after the object, "of", a name given, a particle, a gerund.
import { expect } from 'chai';
import { statementsOf, summary, type InventedEntity } from './fixture';

const KOVALENKO: InventedEntity = { name: 'Petro Kovalenko', type: 'person', forms: ['Kovalenko'] };
const BALTIA: InventedEntity = { name: 'Baltia', type: 'place' };

const said = (text: string, entities: InventedEntity[] = [KOVALENKO, BALTIA]) => summary(statementsOf(text, entities).statements);

describe('findStatements: verb complements', () => {
  it('When the object is followed by the verb\'s own preposition ("thanked X for Y", "likened X to Y"), then the whole is reported', () => {
    expect(said('Kovalenko thanked the people of Baltia for taking in refugees.')).to.deep.equal([
      ['Petro Kovalenko', 'indirect', 'the people of Baltia for taking in refugees'],
    ]);
    expect(said('Kovalenko likened the siege to the darkest days of the last war.')).to.deep.equal([
      ['Petro Kovalenko', 'indirect', 'the siege to the darkest days of the last war'],
    ]);
  });

  it('When the object stands alone ("thanked the volunteers"), then nothing is reported', () => {
    expect(said('Kovalenko thanked the volunteers.')).to.deep.equal([]);
  });

  it('When a verb names something ("called it “Q”", "called him a “Q”"), then the name given is the quote', () => {
    expect(said('Kovalenko called it “a theft in broad daylight”.')).to.deep.equal([['Petro Kovalenko', 'direct', 'a theft in broad daylight']]);
    expect(said('Kovalenko called the vote a “farce”.')).to.deep.equal([['Petro Kovalenko', 'mixed', 'a farce']]);
    expect(said('Kovalenko called off the visit.')).to.deep.equal([]);
  });

  it('When a verb takes its particle ("called for X to", "made it clear that"), then the words follow the particle', () => {
    expect(said('Kovalenko called for the bridge to be “dismantled.”')).to.deep.equal([['Petro Kovalenko', 'mixed', 'the bridge to be dismantled']]);
    expect(said('Kovalenko made it clear that Baltia would not pay.')).to.deep.equal([['Petro Kovalenko', 'indirect', 'Baltia would not pay']]);
  });

  it('When a warning is "of" something with a quoted part, then the words after "of" are reported', () => {
    expect(said('Kovalenko warned of the “vast array of tools” Baltia is willing to use.')).to.deep.equal([
      ['Petro Kovalenko', 'mixed', 'the vast array of tools Baltia is willing to use'],
    ]);
  });

  it('When the addressee comes before the verb\'s own preposition ("warned Baltia of reprisals"), then the words after it are reported', () => {
    expect(said('Kovalenko warned Baltia of reprisals if it hosts the exercise.')).to.deep.equal([
      ['Petro Kovalenko', 'indirect', 'reprisals if it hosts the exercise'],
    ]);
  });

  it('When a denial takes a gerund ("denies planning to invade"), then the gerund clause is reported', () => {
    expect(said('Russia denies planning to invade.', [{ name: 'Russia', type: 'place' }])).to.deep.equal([['Russia', 'indirect', 'planning to invade']]);
  });

  it('When a noun phrase holds a short quoted fragment ("announced a “no limits” pact"), then nothing is reported; mostly quoted, it is', () => {
    expect(said('Kovalenko and Baltia announced a “no limits” pact.')).to.deep.equal([]);
    expect(said('Kovalenko pledged continued “deliveries of grain, and with financial support”.')).to.deep.equal([
      ['Petro Kovalenko', 'mixed', 'continued deliveries of grain, and with financial support'],
    ]);
  });

  it('When the object opens a clause in the present tense ("suggested the country “discourages” ..."), then the clause is reported', () => {
    expect(said('Kovalenko suggested the country “discourages” the use of mines.')).to.deep.equal([
      ['Petro Kovalenko', 'mixed', 'the country discourages the use of mines'],
    ]);
    expect(said('Russia denied it intends to close the port.', [{ name: 'Russia', type: 'place' }])).to.deep.equal([['Russia', 'indirect', 'it intends to close the port']]);
  });

  it('When a reporting verb\'s noun follows a possessive ("Kovalenko’s remarks ... raise the possibility that"), then it reports nothing', () => {
    expect(said('Kovalenko’s remarks on Sunday again raise the possibility that Baltia could lose.')).to.deep.equal([]);
  });

  it('When "agreed" is followed by "to", "on" or "with" ("agreed to send tanks"), then it is a deed, not a statement; "agreed that" still reports', () => {
    expect(said('Baltia agreed to send 14 tanks to the front.', [BALTIA])).to.deep.equal([]);
    expect(said('Kovalenko agreed on a truce while ships move.')).to.deep.equal([]);
    expect(said('Kovalenko agreed that the port must reopen.')).to.deep.equal([['Petro Kovalenko', 'indirect', 'the port must reopen']]);
  });

  it('When the addressee holds a place or a participle ("warned counterparts in Riga of", "told a meeting organised by X that"), then the words follow it', () => {
    expect(said('Kovalenko in the summer had warned counterparts in Riga of a possible attack on the pipeline.')).to.deep.equal([
      ['Petro Kovalenko', 'indirect', 'a possible attack on the pipeline'],
    ]);
    expect(said('Kovalenko told a meeting organised by the Baltic Assembly on trade that the port should reopen.')).to.deep.equal([
      ['Petro Kovalenko', 'indirect', 'the port should reopen'],
    ]);
  });

  it('When a list bullet opens the sentence ("· Kovalenko said ..."), then the sentence reads as without it', () => {
    expect(said('· Kovalenko said the port should reopen.\n\n• Kovalenko added that trade would recover.')).to.deep.equal([
      ['Petro Kovalenko', 'indirect', 'the port should reopen'], ['Petro Kovalenko', 'indirect', 'trade would recover'],
    ]);
  });

  it('When an irregular past follows its subject after a verb that may take a noun phrase ("stressed the dam held"), then the clause is reported', () => {
    expect(said('Kovalenko stressed the dam held. Kovalenko announced a cut in rates.')).to.deep.equal([['Petro Kovalenko', 'indirect', 'the dam held']]);
  });
});
