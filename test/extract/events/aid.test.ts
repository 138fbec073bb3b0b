// Unit tests: what counts as aid in a pledge and who receives it.
import { expect } from 'chai';
import { triples } from './article';

describe('events/aid pledged', () => {
  it('When a state will provide training or maintenance to another, then it pledged aid', () => {
    expect(triples('Norway will provide training and maintenance to Moldova.', { names: ['Norway', 'Moldova'] })).to.deep.equal(['Norway pledged Moldova']);
    expect(triples('The plant in Moldova will need maintenance.', { names: ['Moldova'] })).to.deep.equal([]);
  });

  it('When aid goes to a state\'s forces ("to the Moldovan military", "for Moldovan soldiers"), then the state receives it', () => {
    const names = ['Norway', 'Moldova'];
    expect(triples('Norway will send weapons to the Moldovan military.', { names })).to.deep.equal(['Norway pledged Moldova']);
    expect(triples('Norway will provide training for Moldovan soldiers.', { names })).to.deep.equal(['Norway pledged Moldova']);
    expect(triples('Norway will send weapons to its troops.', { names })).to.deep.equal([]);
  });

  it('When aid serves a state\'s need ("for Moldova\'s reconstruction"), then the state receives it; a person\'s followers do not make their state the recipient', () => {
    const names = ['Norway', 'Moldova', 'Vladimir Putin'];
    expect(triples('Norway pledged 50 billion euros for Moldova\'s reconstruction.', { names })).to.deep.equal(['Norway pledged Moldova']);
    expect(triples('Norway promised aid to Vladimir Putin\'s critics.', { names })).to.deep.equal([]);
  });

  it('When officials or lawmakers named by their state announce or approve aid, then the state pledged it; lawmakers of a party pledge nothing', () => {
    const names = ['Norway', 'Moldova'];
    expect(triples('Norwegian lawmakers approved 61 billion dollars in aid for Moldova.', { names })).to.deep.equal(['Norway pledged Moldova']);
    expect(triples('Norway backs Moldova. Norway officials announced a new aid package for Moldova.', { names })).to.deep.equal(['Norway pledged Moldova']);
    expect(triples('Opposition lawmakers blocked aid for Moldova.', { names })).to.deep.equal([]);
  });
});
