// Claims as data: a statement's stance toward the events it carries; denied and doubted events are kept apart from events.
import { expect } from 'chai';
import { extract } from '../../../server/extract/pipeline';

const claims = (text: string) => {
  const { events, disputed = [] } = extract(text);
  const show = (e: (typeof events)[number]) => [e.actor, e.verb, e.target, e.claimed_by, e.stance, e.modality].join(' ');
  return { events: events.map(show), disputed: disputed.map(show) };
};

describe('events/stance', () => {
  it('When a state denies doing something ("Russia denied withdrawing from Kherson"), then it is no event but a denied claim', () => {
    expect(claims('Russia denied withdrawing from Kherson.')).to.deep.equal({
      events: [], disputed: ['Russia withdrew_from Kherson Russia denies denied'],
    });
  });

  it('When claims are dismissed ("dismissed claims that its troops had retreated"), then the claim is denied', () => {
    expect(claims('The Kremlin dismissed claims that its troops had retreated from Bakhmut.').disputed)
      .to.deep.equal(['Russia withdrew_from Bakhmut Kremlin denies denied']);
  });

  it('When a speaker doubts it, then the claim is doubted and hedged', () => {
    expect(claims('Russia doubted that Ukraine had retaken Izyum.').disputed).to.deep.equal(['Ukraine captured Izyum Russia doubts hedged']);
  });

  it('When a speaker says it happened, then the event is asserted by the speaker', () => {
    expect(claims('Zelensky said Ukrainian forces had liberated Kupiansk.').events)
      .to.deep.equal(['Ukraine captured Kupiansk Volodymyr Zelenskyy asserts reported']);
  });

  it('When a speaker passes on another party\'s claim, then the speaker reports it', () => {
    expect(claims('Ukraine’s military said Russia claimed to have captured Soledar.').events)
      .to.deep.equal(['Russia captured Soledar Ukraine reports reported']);
  });

  it('When the article itself tells the event, then it has no stance', () => {
    expect(claims('Ukrainian forces liberated Kupiansk on Saturday.').events).to.deep.equal(['Ukraine captured Kupiansk   asserted']);
  });
});
