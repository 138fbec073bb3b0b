// Unit tests: advances told by the movement of forces into a place.
import { expect } from 'chai';
import { triples } from './article';

describe('events/advances', () => {
  it('When forces march or roll into a place, then they advanced on it; a parade marching into a square is no advance', () => {
    expect(triples('Norwegian troops marched into Balti in early March.', { names: ['Norway', 'Balti'] })).to.deep.equal(['Norway advanced_on Balti']);
    expect(triples('Norwegian tanks rolled into Balti on Monday.', { names: ['Norway', 'Balti'] })).to.deep.equal(['Norway advanced_on Balti']);
    expect(triples('The band marched into the square.', { names: [] })).to.deep.equal([]);
  });
});
