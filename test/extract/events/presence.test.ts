// Unit tests: a person's presence abroad told through what they said or attended there.
import { expect } from 'chai';
import { triples } from './article';

describe('events/presence abroad', () => {
  it('When a person says or tells reporters something in a place abroad, then the person visited it; at home, or "in a statement", nobody did', () => {
    const names = ['Olaf Scholz', 'Accra', 'Ghana', 'Berlin', 'Germany'];
    expect(triples('Germany will keep its word, Olaf Scholz said in Ghana on Tuesday.', { names })).to.deep.equal(['Olaf Scholz visited Ghana']);
    expect(triples('Olaf Scholz told reporters in Accra that Germany would keep its word.', { names })).to.deep.equal(['Olaf Scholz visited Accra']);
    expect(triples('Olaf Scholz said on Tuesday in Accra that the talks went well.', { names })).to.deep.equal(['Olaf Scholz visited Accra']);
    expect(triples('Olaf Scholz said in Berlin on Tuesday that the talks went well.', { names })).to.deep.equal([]);
    expect(triples('Olaf Scholz said in a statement that the talks went well.', { names })).to.deep.equal([]);
  });

  it('When a participle of speaking abroad opens the sentence ("Speaking in X, Y said"), then the subject after it visited X', () => {
    const names = ['Olaf Scholz', 'Accra', 'Germany'];
    expect(triples('Speaking in Accra, Olaf Scholz said Germany would keep its word.', { names })).to.deep.equal(['Olaf Scholz visited Accra']);
  });

  it('When a noun such as "Secretary of State" looks like a verb of speaking, then the subject before a later verb is still found', () => {
    const names = ['Henry Kissinger', 'Accra', 'United States'];
    expect(triples('Secretary of State Henry Kissinger flew to Accra.', { names })).to.deep.equal(['Henry Kissinger visited Accra']);
  });

  it('When meetings or talks abroad follow the verb as an adjunct ("following a day of meetings in X", "after talks in Y"), then the subject visited the place', () => {
    const names = ['Olaf Scholz', 'Accra', 'Paris', 'Germany'];
    expect(triples('Olaf Scholz made the comments following a day of meetings in Accra.', { names })).to.deep.equal(['Olaf Scholz visited Accra']);
    expect(triples('Olaf Scholz spoke after talks in Paris.', { names })).to.deep.equal(['Olaf Scholz visited Paris']);
  });

  it('When the gathering after "after" or "following" is the subject\'s own ("after his talks in X", "following a round of meetings in Y"), then the subject visited the place', () => {
    const names = ['Olaf Scholz', 'Accra', 'Lome', 'Germany'];
    expect(triples('Olaf Scholz spoke to reporters after his talks in Accra.', { names })).to.deep.equal(['Olaf Scholz visited Accra']);
    expect(triples('Following a round of meetings in Lome, Olaf Scholz said the talks went well.', { names }))
      .to.deep.equal(['Olaf Scholz visited Lome']);
  });

  it('When the gathering after "after" or "following" is a definite one the subject only reacted to ("after the talks in X between ..."), then nobody visited the place', () => {
    const names = ['Olaf Scholz', 'Accra', 'Lome', 'Dakar', 'Nairobi', 'Germany', 'Ghana', 'Togo'];
    expect(triples('Olaf Scholz briefed reporters in Berlin after the talks in Accra between Ghanaian and Togolese envoys.', { names }))
      .to.deep.equal([]);
    expect(triples('Olaf Scholz faulted the result after the meeting in Dakar, which Togo did not attend.', { names })).to.deep.equal([]);
    expect(triples('Olaf Scholz said he was let down following the negotiations in Lome.', { names })).to.deep.equal([]);
    expect(triples('Olaf Scholz spoke after talks in Nairobi between Ghana and Togo.', { names })).to.deep.equal([]);
  });

  it('When the trip is a group\'s ("after their trip to X"), then the subject of the clause did not make it', () => {
    const names = ['Olaf Scholz', 'Accra', 'Germany'];
    expect(triples('Olaf Scholz will host the leaders after their trip to Accra.', { names })).to.deep.equal([]);
  });

  it('When a person attends a named gathering in a place ("attended the G7 summit in X"), then the person visited it', () => {
    const names = ['Olaf Scholz', 'Accra', 'Germany'];
    expect(triples('Olaf Scholz attended the G7 summit in Accra.', { names })).to.deep.equal(['Olaf Scholz visited Accra']);
  });

  it('When a person tours something near a place or stops in a place abroad, then the person visited it', () => {
    const names = ['Olaf Scholz', 'Accra', 'Kumasi', 'Germany'];
    expect(triples('Olaf Scholz toured the front line near Kumasi.', { names })).to.deep.equal(['Olaf Scholz visited Kumasi']);
    expect(triples('Olaf Scholz stopped in Accra on his way home.', { names })).to.deep.equal(['Olaf Scholz visited Accra']);
    expect(triples('Olaf Scholz stopped in Berlin on his way home.', { names: ['Olaf Scholz', 'Berlin', 'Germany'] })).to.deep.equal([]);
  });

  it('When a gathering abroad is named after its body ("the NATO summit in X"), or attended on its sidelines or on arrival, then the subject visited X', () => {
    const names = ['Olaf Scholz', 'Accra', 'Germany', 'NATO'];
    expect(triples('Olaf Scholz spoke at the NATO summit in Accra on Tuesday.', { names })).to.deep.equal(['Olaf Scholz visited Accra']);
    expect(triples('Olaf Scholz met reporters on the sidelines of the NATO summit in Accra.', { names })).to.deep.equal(['Olaf Scholz visited Accra']);
    expect(triples('Olaf Scholz arrived at the NATO summit in Accra.', { names })).to.deep.equal(['Olaf Scholz visited Accra']);
  });

  it('When an aside between dashes stands between the subject and the adjunct of a visit, then it names no one who went', () => {
    const names = ['Olaf Scholz', 'Accra', 'Germany', 'Norway', 'Japan'];
    expect(triples('Olaf Scholz spoke alongside his counterparts – Norway and Japan – following a day of meetings in Accra.', { names }))
      .to.deep.equal(['Olaf Scholz visited Accra']);
  });
});
