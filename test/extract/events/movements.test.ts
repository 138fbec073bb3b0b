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

  it('When forces cross a border into a place or launch an incursion into it, then they advanced on it', () => {
    const names = ['Norway', 'Balti'];
    expect(triples('Norwegian forces crossed the border into Balti.', { names })).to.deep.equal(['Norway advanced_on Balti']);
    expect(triples('Norway launched an incursion into Balti in August.', { names })).to.deep.equal(['Norway advanced_on Balti']);
  });

  it('When a place returns to a side\'s control, then that side took it; a place coming under shelling was only attacked', () => {
    expect(triples('The city of Kherson returned to Ukrainian control in November.', { names: ['Kherson'] })).to.deep.equal(['Ukraine captured Kherson']);
    expect(triples('Kharkiv came under Russian shelling.', { names: ['Kharkiv'] })).to.deep.equal(['Russia attacked Kharkiv']);
  });

  it('When a side claims the capture of a place, then it took it by its claim', () => {
    expect(triples('The Kremlin claimed the capture of Bakhmut on Saturday.', { names: ['Kremlin', 'Bakhmut'] })).to.deep.equal(['Russia captured Bakhmut']);
  });
});
