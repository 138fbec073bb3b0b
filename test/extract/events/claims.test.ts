// Unit tests: events asserted inside a statement carry who claims them, and their day is read within the claim.
import { expect } from 'chai';
import { eventsOf } from './article';

describe('events/claims', () => {
  it('When an event lies inside a statement\'s quoted words, then it is claimed by the speaker and reported', () => {
    const text = 'Ukrainian troops liberated Kupiansk on Friday, Zelensky said on Saturday.';
    const { events } = eventsOf(text, {
      names: ['Kupiansk', 'Zelensky'], quotes: [['Zelensky', 'Ukrainian troops liberated Kupiansk on Friday']], date: '2022-09-11',
    });
    expect(events).to.have.length(1);
    expect(events[0]).to.include({
      actor: 'Ukraine', verb: 'captured', target: 'Kupiansk', claimed_by: 'Volodymyr Zelenskyy',
      claimedByKey: 'person:volodymyr zelenskyy', modality: 'reported', date: '2022-09-09',
    });
  });

  it('When an event is told by the article itself, then it is asserted and claimed by no one', () => {
    const { events } = eventsOf('Russian troops captured Melitopol.', { names: ['Melitopol'] });
    expect(events[0].modality).to.equal('asserted');
    expect(events[0]).to.not.have.property('claimed_by');
  });

  it('When a leader announces a deed told as a noun ("Zelensky announced the liberation of X"), then the leader\'s state did it and the leader claims it', () => {
    const { events } = eventsOf('Zelensky announced the liberation of Lyman.', { names: ['Zelensky', 'Lyman'] });
    expect(events).to.have.length(1);
    expect(events[0]).to.include({ actor: 'Ukraine', verb: 'captured', target: 'Lyman', claimed_by: 'Volodymyr Zelenskyy', stance: 'asserts' });
  });

  it('When the actor claims to have done it, then the actor is the claimant', () => {
    const { events } = eventsOf('Russia claims to have taken Soledar.', {
      names: ['Russia', { surface: 'Soledar', name: 'Soledar', type: 'place' }],
    });
    expect(events[0]).to.include({ actor: 'Russia', target: 'Soledar', claimed_by: 'Russia', modality: 'reported' });
    const claimed = eventsOf('Russia claimed to have seized Soledar.', {
      names: ['Russia', { surface: 'Soledar', name: 'Soledar', type: 'place' }],
    }).events;
    expect(claimed[0]).to.include({ actor: 'Russia', claimed_by: 'Russia' });
  });

  it('When the day is only that of the speech, then the event gets no date', () => {
    const text = 'Russia said on Tuesday that it had withdrawn from Kherson.';
    const { events } = eventsOf(text, { names: ['Russia', 'Kherson'], quotes: [['Russia', 'it had withdrawn from Kherson']] });
    expect(events[0]).to.include({ actor: 'Russia', verb: 'withdrew_from', claimed_by: 'Russia' });
    expect(events[0]).to.not.have.property('date');
  });

  it('When "I" or "we" acts inside quoted words, then the speaker (for "we", the speaker\'s state) is the actor and the claimant', () => {
    const text = '“We will send Ukraine 14 tanks,” Olaf Scholz said.';
    const { events } = eventsOf(text, { names: ['Ukraine', 'Olaf Scholz'], quotes: [['Olaf Scholz', 'We will send Ukraine 14 tanks', 'direct']] });
    expect(events.map((e) => [e.actor, e.verb, e.target, e.claimed_by])).to.deep.equal([['Germany', 'pledged', 'Ukraine', 'Olaf Scholz']]);
  });

  it('When "we have" acts inside quoted words, then the auxiliary does not hide "we"; a group member\'s "we" is the group', () => {
    const liberated = eventsOf('"We have liberated Kherson," Zelensky said.', { names: ['Kherson', 'Zelensky'], quotes: [['Zelensky', 'We have liberated Kherson', 'direct']] });
    expect(liberated.events.map((e) => [e.actor, e.verb, e.target, e.claimed_by])).to.deep.equal([['Ukraine', 'captured', 'Kherson', 'Volodymyr Zelenskyy']]);
    const entering = eventsOf('"We are entering Rostov," Prigozhin said.', {
      names: ['Prigozhin', { surface: 'Rostov', name: 'Rostov-on-Don', type: 'place' }], quotes: [['Prigozhin', 'We are entering Rostov', 'direct']],
    });
    expect(entering.events.map((e) => `${e.actor} ${e.verb} ${e.target}`)).to.deep.equal(['Wagner Group captured Rostov-on-Don']);
  });

  it('When "we" acts with no quotation around it, then no one is made the actor', () => {
    expect(eventsOf('We will send Ukraine 14 tanks.', { names: ['Ukraine'] }).events).to.deep.equal([]);
  });

  it('When "our troops" act inside quoted words, then the speaker\'s state acts', () => {
    const text = '“Our troops liberated Izium this morning,” Zelensky said.';
    const { events } = eventsOf(text, { names: ['Izium', 'Zelensky'], quotes: [['Zelensky', 'Our troops liberated Izium this morning', 'direct']] });
    expect(events.map((e) => [e.actor, e.verb, e.target, e.claimed_by])).to.deep.equal([['Ukraine', 'captured', 'Izyum', 'Volodymyr Zelenskyy']]);
  });
});
