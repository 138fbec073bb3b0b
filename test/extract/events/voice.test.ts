// Unit tests: events told in the active and passive voice, as nouns and as participles.
import { expect } from 'chai';
import { eventsOf, triples } from './article';

describe('events/voice', () => {
  it('When armed forces take a town in the active voice, then their state captured it', () => {
    expect(triples('Ukrainian troops recaptured Izium after a week of fighting.', { names: ['Izium'] }))
      .to.deep.equal(['Ukraine captured Izyum']);
  });

  it('When a town is said to be captured by someone, then the agent after "by" is the actor', () => {
    const text = 'Officials visited Melitopol, seized by Russian troops in the first days of the war.';
    expect(triples(text, { names: ['Melitopol'] })).to.deep.equal(['Russia captured Melitopol']);
  });

  it('When a relative clause follows an appositive ("X, a suburb of the capital Y, which was occupied by ..."), then X is the target, not Y', () => {
    const text = 'Officials went to Irpin, a suburb of the capital Kyiv, which was occupied by Russia in March.';
    expect(triples(text, { names: ['Irpin', 'Kyiv', 'Russia'] })).to.deep.equal(['Russia captured Irpin']);
  });

  it('When a full passive names its agent, then the subject is the target', () => {
    expect(triples('The town of Lyman was liberated by Ukrainian forces.', { names: ['Lyman'] }))
      .to.deep.equal(['Ukraine captured Lyman']);
  });

  it('When a relative clause is passive, then its antecedent is the target and a possessive pronoun finds the actor', () => {
    const text = 'Russia massed guns near Sumy region, which has been pounded by its artillery since spring.';
    expect(triples(text, { names: ['Russia', 'Sumy region'] })).to.deep.equal(['Russia attacked Sumy region']);
  });

  it('When a town fell to someone, then the one after "to" captured it', () => {
    expect(triples('After weeks of siege Mariupol fell to Russian forces.', { names: ['Mariupol'] }))
      .to.deep.equal(['Russia captured Mariupol']);
  });

  it('When a town came under a state\'s shelling, then that state attacked it', () => {
    expect(triples('Overnight Kharkiv came under heavy Russian shelling.', { names: ['Kharkiv'] }))
      .to.deep.equal(['Russia attacked Kharkiv']);
  });

  it('When missiles hit a city, then the state firing them attacked it', () => {
    expect(triples('Russian missiles hit Odesa on Monday.', { names: ['Odesa'] })).to.deep.equal(['Russia attacked Odesa']);
    expect(triples('Sanctions hit Russia hard.', { names: ['Russia'] })).to.deep.equal([]);
  });

  it('When a passive subject sits inside a prepositional phrase, then no event is made of it', () => {
    const text = 'Several hamlets in the area south of Kherson had been retaken by Ukrainian units.';
    expect(triples(text, { names: ['Kherson'] })).to.deep.equal([]);
  });

  it('When an event is a noun with a possessor, then the possessor acts', () => {
    expect(triples('Russia\'s retreat from Kherson stunned its own commentators.', { names: ['Russia', 'Kherson'] }))
      .to.deep.equal(['Russia withdrew_from Kherson']);
  });

  it('When an event noun has a demonym before it, then the demonym\'s state acts', () => {
    const text = 'Russian shelling on Sunday on Sumy killed two people.';
    const { events } = eventsOf(text, { names: ['Sumy'], date: '2022-09-14' });
    expect(events.map((e) => `${e.actor} ${e.verb} ${e.target} ${e.date}`)).to.deep.equal(['Russia attacked Sumy 2022-09-11']);
  });

  it('When an event noun is the object of an agentive verb, then that verb\'s subject acts', () => {
    const text = 'Ukraine\'s army made a swift advance in the southern Kherson region.';
    expect(triples(text, { names: ['Ukraine', 'Kherson region'] })).to.deep.equal(['Ukraine advanced_on Kherson region']);
  });

  it('When a verb has no object after it, then the phrase its clause describes is the target', () => {
    const text = 'Troops marched into Kherson, the only regional capital Russia had seized in the war.';
    expect(triples(text, { names: ['Kherson', 'Russia'] })).to.deep.equal(['Russia captured Kherson']);
  });

  it('When a town is called recaptured without an agent, then the state it lies in retook it', () => {
    expect(triples('Reporters reached the recaptured town of Balakliya on foot.', { names: ['Balakliya'] }))
      .to.deep.equal(['Ukraine captured Balakliya']);
  });

  it('When a participle only describes a place ("the occupied Crimea"), then no event is made of it', () => {
    expect(triples('Tourists avoid the temporarily occupied Crimea.', { names: ['Crimea'] })).to.deep.equal([]);
  });

  it('When the flag of a state is raised over a village, then the state captured it', () => {
    const text = 'A video showed the Ukrainian flag being raised over Vysokopillia.';
    const names = [{ surface: 'Vysokopillia', name: 'Vysokopillia', type: 'place' as const }];
    expect(triples(text, { names })).to.deep.equal(['Ukraine captured Vysokopillia']);
  });

  it('When unnamed villages near a town are taken, then the actor advanced on the town', () => {
    expect(triples('Ukraine has already taken several villages near Bakhmut.', { names: ['Ukraine', 'Bakhmut'] }))
      .to.deep.equal(['Ukraine advanced_on Bakhmut']);
  });

  it('When an event noun is left out by ellipsis ("but for one on X"), then the noun still applies', () => {
    const text = 'Russian forces have halted all offensives, except one on Avdiivka, for the winter.';
    expect(triples(text, { names: ['Avdiivka'] })).to.deep.equal(['Russia advanced_on Avdiivka']);
  });

  it('When an event is found, then its offsets slice out the phrase as written', () => {
    const text = 'Moscow said its units were pulling back troops from the Kharkiv region.';
    const { events } = eventsOf(text, { names: ['Moscow', 'Kharkiv region'] });
    expect(events).to.have.length(1);
    expect(text.slice(events[0].start, events[0].end)).to.equal(events[0].phrase);
    expect(events[0].phrase).to.equal('pulling back troops from');
    expect(events[0]).to.include({ actor: 'Russia', verb: 'withdrew_from', target: 'Kharkiv region', sentence: 0 });
  });

  it('When forces are involved in an advance, then they made it', () => {
    expect(triples('Most Russian units involved in the advance on Chernihiv are now 20 miles away.', { names: ['Chernihiv'] }))
      .to.deep.equal(['Russia advanced_on Chernihiv']);
  });

  it('When an adverb stands inside a passive ("which has been relentlessly bombarded"), then the place before is the target', () => {
    expect(triples('Mariupol, which has been relentlessly bombarded for weeks, is in ruins.', { names: ['Mariupol'] }))
      .to.deep.equal(['Russia attacked Mariupol']);
  });

  it('When a possessor\'s occupation of a place is told, even with a year between ("Russia\'s 2014 occupation of Crimea"), then it captured it', () => {
    expect(triples('After Russia\'s 2014 occupation of Crimea, Kyiv vowed to fight.', { names: ['Russia', 'Crimea', 'Kyiv'] }))
      .to.deep.equal(['Russia captured Crimea']);
  });

  it('When a place is razed or devastated by a named side, then that side attacked it; with no side named, no one is presumed', () => {
    expect(triples('Bakhmut was razed by Russian artillery.', { names: ['Bakhmut'] })).to.deep.equal(['Russia attacked Bakhmut']);
    expect(triples('The Kakhovka dam was destroyed in June.', { names: ['Kakhovka dam'] })).to.deep.equal([]);
  });

  it('When an attack is told in a clause opened by "where", then it happened at the place before "where"', () => {
    expect(triples('He saw a bridge in Irpin where Russian forces bombed civilians.', { names: ['Irpin'] })).to.deep.equal(['Russia attacked Irpin']);
    expect(triples('Bucha is where a cameraman was killed in a Russian attack in March.', { names: ['Bucha'] })).to.deep.equal(['Russia attacked Bucha']);
  });

  it('When an appositive stands between a place and its passive ("X, Ukraine\'s second city, was shelled", "X, a port on the Y, was captured by"), then X is the target', () => {
    const text = 'Sumy, Ukraine\'s border city, was shelled overnight. Berdiansk, a port on the Sea of Azov, was captured by Russian forces in March.';
    expect(triples(text, { names: ['Sumy', 'Ukraine', 'Berdiansk', 'Sea of Azov'] })).to.deep.equal(['Russia attacked Sumy', 'Russia captured Berdiansk']);
  });
});
