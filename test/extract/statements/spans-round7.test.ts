// Round 7 of issue 11 on invented sentences: where reported words end (the speaker's next deed, a long setting clause).
import { expect } from 'chai';
import { statementsOf, type InventedEntity } from './fixture';

const COMMISSION: InventedEntity = { name: 'Danube Commission', type: 'organization' };
const MAREK: InventedEntity = { name: 'Ivo Marek', type: 'person', forms: ['Marek'] };
const quotes = (text: string, entities: InventedEntity[]): Array<[string | null, string]> =>
  statementsOf(text, entities).statements.map((s) => [s.speaker, s.quote]);

describe('findStatements: where reported words end', () => {
  it('When "and expressed support" follows the words, then it is the speaker\'s next deed, not more of the words', () => {
    const text = 'The Danube Commission said it was seeing more traffic and expressed support for the river police.';
    expect(quotes(text, [COMMISSION])).to.deep.equal([['Danube Commission', 'it was seeing more traffic']]);
  });

  it('When speech follows the speaker\'s next deed ("and voiced concern at X that it said ..."), then it is reported on its own', () => {
    const text = 'The Danube Commission said the crews were brave and voiced concern at “false alarms” that it said could be used as a “pretext.”';
    expect(quotes(text, [COMMISSION])).to.deep.equal([['Danube Commission', 'the crews were brave'], ['Danube Commission', 'could be used as a pretext']]);
  });

  it('When a long clause of the speaker\'s setting follows a closing attribution ("said as he accepted ..."), then the words before are the statement', () => {
    const text = 'The border will stay open for weeks, Ivo Marek said as he accepted the letters of the new envoys of three foreign countries in the capital on Monday, Danube Press has learned.';
    expect(quotes(text, [MAREK, { name: 'Danube Press', type: 'organization' }])).to.deep.equal([['Ivo Marek', 'The border will stay open for weeks']]);
  });
});
