// Speech inside reported words on invented sentences: whose words they are when one report holds another.
import { expect } from 'chai';
import { statementsOf, summary, type InventedEntity } from './fixture';

const KOVAL: InventedEntity = { name: 'Hanna Koval', type: 'person', forms: ['Koval'] };

describe('findStatements: speech inside reported words', () => {
  it('When a closing attribution follows what a group of nobody in particular said, then the named speaker reports it all', () => {
    const text = 'Hanna Koval runs the mission.\n\nThe vast majority of those interviewed said they were beaten in custody, Koval said. '
      + 'More than half of those held by Ruritanian guards also reported being starved, said Koval.';
    expect(summary(statementsOf(text, [KOVAL]).statements)).to.deep.equal([
      ['Hanna Koval', 'indirect', 'The vast majority of those interviewed said they were beaten in custody'],
      ['Hanna Koval', 'indirect', 'More than half of those held by Ruritanian guards also reported being starved'],
    ]);
  });

  it('When officials of a state said it and an outlet closes the sentence, then the officials keep their words, the outlet is how they came', () => {
    const [statement] = statementsOf('Moldovan officials said the bridge was closed, the BBC reported.', [
      { name: 'Moldova', type: 'place' }, { name: 'BBC', type: 'organization' },
    ]).statements;
    expect([statement.speaker, statement.quote, statement.via]).to.deep.equal(['Moldova', 'the bridge was closed', 'BBC']);
  });

  it('When a reply closes the words ("..., something Moldova has repeatedly denied"), then it ends them and passes nothing on', () => {
    const [statement] = statementsOf('Romania and its allies accuse Moldova of hiding the tanks, something Moldova has repeatedly denied.', [
      { name: 'Romania', type: 'place' }, { name: 'Moldova', type: 'place' },
    ]).statements;
    expect([statement.speaker, statement.quote, statement.via]).to.deep.equal(['Romania', 'Moldova of hiding the tanks', undefined]);
  });

  it('When the reported words hold another\'s words after an occasion ("had made it clear in a call with X on June 13 that"), then they run on', () => {
    const text = 'Hanna Koval said the mayor had made it clear in a call with the governor on June 13 that the bridge would stay shut.';
    expect(summary(statementsOf(text, [KOVAL]).statements)).to.deep.equal([
      ['Hanna Koval', 'indirect', 'the mayor had made it clear in a call with the governor on June 13 that the bridge would stay shut'],
    ]);
  });

  it('When "a claim X denied" or "an allegation X rejects" closes the words, then X passes nothing on', () => {
    const entities = [{ name: 'Romania', type: 'place' as const }, { name: 'Moldova', type: 'place' as const }];
    const via = (text: string) => statementsOf(text, entities).statements.map((st) => [st.speaker, st.via]);
    expect(via('Romania said Moldova had hidden the tanks, a claim Moldova denied.')).to.deep.equal([['Romania', undefined]]);
    expect(via('Romania says Moldova hid the tanks, an allegation Moldova rejects.')).to.deep.equal([['Romania', undefined]]);
  });
});
