// Unit tests: advances and withdrawals told by the movement of forces into or away from a place.
import { expect } from 'chai';
import { triples } from './article';

describe('events/movements of forces', () => {
  it('When forces march or roll into a place, then they advanced on it; a parade marching into a square is no advance', () => {
    expect(triples('Norwegian troops marched into Balti in early March.', { names: ['Norway', 'Balti'] })).to.deep.equal(['Norway advanced_on Balti']);
    expect(triples('Norwegian tanks rolled into Balti on Monday.', { names: ['Norway', 'Balti'] })).to.deep.equal(['Norway advanced_on Balti']);
    expect(triples('The band marched into the square.', { names: [] })).to.deep.equal([]);
  });

  it('When forces retreat from the area around a place, then they withdrew from the place', () => {
    expect(triples('Norwegian forces retreated from the area around Balti at the end of March.', { names: ['Norway', 'Balti'] }))
      .to.deep.equal(['Norway withdrew_from Balti']);
  });
});
