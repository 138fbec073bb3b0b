// Attributions that name the speaker after "by" or around a parenthesis, on invented sentences.
import { expect } from 'chai';
import { statementsOf, summary, type InventedEntity } from './fixture';

const ENTITIES: InventedEntity[] = [
  { name: 'Petro Kovalenko', type: 'person', forms: ['Kovalenko'] }, { name: 'Ukrinform', type: 'organization' },
  { name: 'Aleksa Markovic', type: 'person', forms: ['Markovic'] },
];
const said = (text: string) => summary(statementsOf(text, ENTITIES).statements);

describe('findStatements: passive and parenthetical attributions', () => {
  it('When the words close with "it was reported by X" or "as stated by X", then X said them', () => {
    expect(said('The dam was damaged overnight, it was reported by Ukrinform.')).to.deep.equal([['Ukrinform', 'indirect', 'The dam was damaged overnight']]);
    expect(said('The ferry was late, as stated by Kovalenko.')).to.deep.equal([['Petro Kovalenko', 'indirect', 'The ferry was late']]);
  });

  it('When "It was announced by X that" or "As reported by X," opens the sentence, then the words after it are X\'s', () => {
    expect(said('It was announced by Kovalenko that the port would reopen.')).to.deep.equal([['Petro Kovalenko', 'indirect', 'the port would reopen']]);
    expect(said('As reported by Kovalenko, the dam held.')).to.deep.equal([['Petro Kovalenko', 'indirect', 'the dam held']]);
  });

  it('When "As reported by" an outlet opens a sentence whose subject speaks, then the subject speaks and the outlet passed it on', () => {
    const [statement] = statementsOf('As reported by Ukrinform, Aleksa Markovic said the border would stay open.', ENTITIES).statements;
    expect([statement.speaker, statement.quote, statement.via]).to.deep.equal(['Aleksa Markovic', 'the border would stay open', 'Ukrinform']);
  });

  it('When "according to X" stands between commas inside the words, then the words on both sides are X\'s', () => {
    expect(said('The shelling, according to Kovalenko, lasted three hours.')).to.deep.equal([['Petro Kovalenko', 'indirect', 'The shelling lasted three hours']]);
  });

  it('When a quotation closes with "reads the statement by X, ..." or "read the statement from X", then X said it', () => {
    expect(said('“There can be no impunity,” reads the statement by Kovalenko, the head of the council, on the 100th day.')).to.deep.equal([
      ['Petro Kovalenko', 'direct', 'There can be no impunity'],
    ]);
    expect(said('“The port stays shut,” read the statement from Kovalenko on Saturday.')).to.deep.equal([['Petro Kovalenko', 'direct', 'The port stays shut']]);
  });

  it('When officials cite data from a state, then the officials speak, not the state', () => {
    const entities: InventedEntity[] = [{ name: 'Moldova', type: 'place' }, { name: 'United Kingdom', type: 'place', forms: ['U.K.'] }];
    const [statement] = statementsOf('The grain stocks fell by half, according to U.K. officials citing data from Moldova.', entities).statements;
    expect(statement.speaker).to.equal('United Kingdom');
  });

  it('When the reported words end with the speaker\'s own deed ("as he gave an interview"), then the deed is not part of them', () => {
    expect(said('Kovalenko said he was pessimistic about the talks as he gave an interview to a French channel.')).to.deep.equal([
      ['Petro Kovalenko', 'indirect', 'he was pessimistic about the talks'],
    ]);
  });

  it('When "X said this while presenting ..." follows a sentence, then that sentence is X\'s, whatever the setting holds', () => {
    const text = 'The river will be cleared by May.\n\nKovalenko said this while presenting the plan: River Safety for Odesa," a correspondent reported.';
    expect(said(text)).to.deep.equal([['Petro Kovalenko', 'indirect', 'The river will be cleared by May']]);
  });

  it('When long words go on after a parenthetical attribution with the speaker\'s quoted words, then both sides are the statement', () => {
    const text = 'Territory in the east had been taken back very slowly, Kovalenko said, and “at an even higher cost in men and material”.';
    expect(said(text)).to.deep.equal([
      ['Petro Kovalenko', 'mixed', 'Territory in the east had been taken back very slowly and at an even higher cost in men and material'],
    ]);
  });

  it('When an outlet "quoted X as saying" or X "was cited by" it "as saying", then X said the words and the outlet passed them on', () => {
    const kept = (text: string) => statementsOf(text, ENTITIES).statements.map((st) => [st.speaker, st.quote, st.via]);
    expect(kept('The ferry was late, Ukrinform quoted Kovalenko as saying.')).to.deep.equal([['Petro Kovalenko', 'The ferry was late', 'Ukrinform']]);
    expect(kept('Ukrinform quoted Kovalenko as saying that the ferry was late.')).to.deep.equal([['Petro Kovalenko', 'the ferry was late', 'Ukrinform']]);
    expect(kept('Kovalenko was cited by Ukrinform as saying the ferry was late.')).to.deep.equal([['Petro Kovalenko', 'the ferry was late', 'Ukrinform']]);
  });
});
