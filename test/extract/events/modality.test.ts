// Unit tests: hedged, planned, hypothetical, future and denied events are left out, with a message saying why.
import { expect } from 'chai';
import { eventsOf, triples } from './article';

const names = ['Russia', 'Ukraine', 'Lyman', 'Kherson', 'Bakhmut', 'Kyiv', 'Crimea', 'Donetsk region'];

describe('events/modality', () => {
  const leftOut = [
    'Ukrainian troops are stepping up plans to recapture Lyman.',
    'Russian commanders vowed that their forces would retake Lyman.',
    'If Ukraine succeeds in capturing Lyman, the front will move east.',
    'A breakthrough could see Ukrainian units inch closer to Kherson and push into Kherson.',
    'Russia is set to annex Donetsk region within hours.',
    'Russia will annex Donetsk region at a ceremony.',
    'Russian forces may soon withdraw from Kherson.',
    'Russia denied that its forces had shelled Kyiv.',
    'Ukrainian forces entering Kherson was impossible, the governor said.',
    'Russia planned to seize Kyiv within days.',
    'The capture of Bakhmut would be a blow to Ukraine.',
    'Analysts described the imminent recapture of Kherson.',
    'Western capitals fear a Russian attack on Kyiv.',
    'Russia has no reason to attack Ukraine.',
  ];
  for (const text of leftOut) {
    it('When a definite event noun is named as a goal or plan ("its main goal was the liberation of X"), then it did not happen', () => {
    expect(triples('Moscow declared its main goal was the liberation of Donbas.', { names: ['Moscow', 'Donbas'] })).to.deep.equal([]);
    expect(triples('The annexation of Crimea was condemned.', { names: ['Crimea'] })).to.deep.equal(['Russia annexed Crimea']);
  });

  it('When a future visit goes on past commas to a gerund ("will visit A on Monday, with X, before travelling to B"), then neither happened yet', () => {
    const text = 'Mark Rutte will visit Lithuania on Monday to meet its leaders, the president and the speaker, before travelling to Latvia.';
    expect(triples(text, { names: ['Mark Rutte', 'Lithuania', 'Latvia'] })).to.deep.equal([]);
    expect(triples('Mark Rutte visited Lithuania on Monday, meeting its leaders, before travelling to Latvia.', { names: ['Mark Rutte', 'Lithuania', 'Latvia'] }))
      .to.include('Mark Rutte visited Latvia');
  });

  it(`When the text says "${text}", then no event is kept`, () => {
      expect(triples(text, { names })).to.deep.equal([]);
    });
  }

  it('When an event is left out as hedged, then an info message says so at its place', () => {
    const text = 'Russia plans to annex Crimea.';
    const { events, messages } = eventsOf(text, { names });
    expect(events).to.deep.equal([]);
    expect(messages).to.have.length(1);
    expect(messages[0]).to.include({ severity: 'info', ruleId: 'events/annexed/verb' });
    expect(text.slice(messages[0].place!.start, messages[0].place!.end)).to.equal('annex');
  });

  it('When a decision or a claim to have done it is reported, then the event is kept', () => {
    expect(triples('Moscow\'s decision to abandon Kherson came late.', { names: ['Moscow', 'Kherson'] }))
      .to.deep.equal(['Russia withdrew_from Kherson']);
    expect(triples('Kyiv\'s claim to have entered Lyman was confirmed.', { names: ['Kyiv', 'Lyman'] }))
      .to.deep.equal(['Ukraine captured Lyman']);
  });

  it('When a cue belongs to the main clause and the deed to a clause of time, then the deed is kept', () => {
    const text = 'Exports became possible after Ukrainian forces retook Snake Island.';
    const island = { surface: 'Snake Island', name: 'Snake Island', type: 'place' as const };
    expect(triples(text, { names: [island] })).to.deep.equal(['Ukraine captured Snake Island']);
  });

  it('When a verb is joined by "and" to a planned infinitive ("sent its army to encircle Kyiv and bombard Kherson"), then it is planned too', () => {
    expect(triples('Russia sent its army to encircle Kyiv and bombard Kherson.', { names })).to.deep.equal([]);
  });
});

describe('events/modality: definite nouns put ahead', () => {
  it('When a definite event noun follows a modal ("the war must end with the recapture of X"), then it is not yet done', () => {
    const text = 'The minister said the war must end with the recapture of Melitopol by Ukraine.';
    expect(triples(text, { names: ['Melitopol', 'Ukraine'] })).to.deep.equal([]);
  });

  it('When forces try to bombard a place ("attempt to encircle X and shell Y"), then the attack counts, and a tried capture does not', () => {
    const text = 'The invaders attempt to encircle Sumy and heavily shell the city of Poltava. They also tried to capture Konotop.';
    expect(triples(text, { names: ['Sumy', 'Poltava', 'Konotop'] })).to.include('Russia attacked Poltava')
      .and.not.include('Russia captured Konotop');
  });

  it('When an event noun follows a preposition of cause ("was likely cancelled due to frequent strikes on X"), then the hedge of the clause does not reach it', () => {
    const text = 'The festival was likely cancelled due to frequent Russian strikes on Odesa. It may be moved if Russian shelling of Sumy resumes.';
    expect(triples(text, { names: ['Odesa', 'Sumy'] })).to.deep.equal(['Russia attacked Odesa']);
  });

  it('When an annexation is called attempted ("the attempted annexation of X"), then it was declared and counts; one hoped for or planned does not', () => {
    const text = 'The attempted annexation of Crimea was a reference point. Norway hoped to annex Svalbard. Norway plans to annex Balti.';
    expect(triples(text, { names: ['Crimea', 'Norway', 'Svalbard', 'Balti'] })).to.deep.equal(['Russia annexed Crimea']);
  });

  it('When a speaker is pleased or proud to announce aid, then it is pledged, not purposed', () => {
    const text = 'Norway is pleased to announce an additional 100 million dollars of military assistance to Moldova. Norway is keen to announce more aid to Moldova.';
    expect(triples(text, { names: ['Norway', 'Moldova'] })).to.deep.equal(['Norway pledged Moldova']);
  });

  it('When a deed is the means of a verb in the present ("Moldova wins by liberating X"), then it is a general claim, not a deed told; in the past it counts', () => {
    const text = 'Moldova wins by liberating Transnistria. Russian forces struck back by shelling Kharkiv.';
    expect(triples(text, { names: ['Moldova', 'Transnistria', 'Kharkiv'] })).to.deep.equal(['Russia attacked Kharkiv']);
  });

  it('When a state is asked to recognize "its 2014 annexation of X" of its own land, then the annexation is another state\'s and stands; "must end with the liberation of X" is still ahead', () => {
    const text = 'Moscow insisted that Ukraine should recognize its 2014 annexation of Crimea. The war must end with the liberation of Crimea.';
    expect(triples(text, { names: ['Moscow', 'Ukraine', 'Crimea'] })).to.deep.equal(['Russia annexed Crimea']);
  });
});
