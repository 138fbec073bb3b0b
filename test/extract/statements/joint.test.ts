// Joint speakers: every speaker of a subject joined by "and" says the words, each in a statement of its own.
import { expect } from 'chai';
import { statementsOf, summary, type InventedEntity } from './fixture';

const US: InventedEntity = { name: 'United States', type: 'place', forms: ['US'] };
const NATO: InventedEntity = { name: 'North Atlantic Treaty Organization', type: 'organization', forms: ['NATO'] };
const MOORE: InventedEntity = { name: 'Ralph Moore', type: 'person' };
const REED: InventedEntity = { name: 'Tom Reed', type: 'person' };

describe('findStatements: joint speakers', () => {
  it('When two speakers are joined by "and", then each says the words, with ids of their own', () => {
    const { statements } = statementsOf('The US and NATO warned that the ceasefire would not hold.', [US, NATO]);
    expect(summary(statements).map(([speaker, , quote]) => [speaker, quote])).to.have.deep.members([
      ['United States', 'the ceasefire would not hold'], ['North Atlantic Treaty Organization', 'the ceasefire would not hold'],
    ]);
    expect(new Set(statements.map((s) => s.id)).size).to.equal(2);
  });

  it('When a relative clause follows two people ("X and Y, who both said"), then both speak', () => {
    const text = 'Several leaders spoke, including Ralph Moore and Tom Reed, who both called out the junta for breaking the truce.';
    expect(statementsOf(text, [MOORE, REED]).statements.map((s) => s.speaker)).to.have.members(['Ralph Moore', 'Tom Reed']);
  });

  it('When one part of the subject names nobody ("Moore and his wife"), then only the one named speaks', () => {
    expect(statementsOf('Ralph Moore and his wife said they would stay.', [MOORE]).statements.map((s) => s.speaker)).to.deep.equal(['Ralph Moore']);
  });

  it('When "and" is inside a name, then it joins nothing', () => {
    const institute: InventedEntity = { name: 'Institute for Economics and Peace', type: 'organization' };
    expect(statementsOf('The Institute for Economics and Peace said deaths had risen.', [institute]).statements.map((s) => s.speaker))
      .to.deep.equal(['Institute for Economics and Peace']);
  });
});
