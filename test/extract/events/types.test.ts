// Event types are data: every event verb has its record, bad records are refused, and a type added to the data alone is found.
import { expect } from 'chai';
import { EVENT_TYPES, EventTypeError, loadEventTypes, type EventType } from '../../../server/extract/events/types';
import { TRIGGER_RULES } from '../../../server/extract/events/lexicon';
import { withChangedData } from '../../support/fresh-data';

/** The event verbs of the annotation guidelines (../shared/eval/GUIDELINES.md). */
const GUIDELINE_VERBS = ['captured', 'withdrew_from', 'annexed', 'advanced_on', 'attacked', 'pledged', 'visited', 'recognized', 'mobilized'];

describe('Event types as data', () => {
  it('should hold a record with meaning, actor and target for every event verb of the guidelines', () => {
    for (const verb of GUIDELINE_VERBS) {
      const type = EVENT_TYPES.get(verb);
      expect(type, verb).to.not.equal(undefined);
      expect(type?.means, verb).to.be.a('string');
      expect(type?.actor, verb).to.be.an('object');
    }
  });

  it('should compile every phrasing into a trigger of a known type', () => {
    for (const rule of TRIGGER_RULES) expect(EVENT_TYPES.has(rule.verb), rule.id).to.equal(true);
    for (const verb of EVENT_TYPES.keys()) expect(TRIGGER_RULES.some((rule) => rule.verb === verb), verb).to.equal(true);
  });

  it('should refuse a record without a target, a phrasing without forms, or a type given twice', () => {
    const base = { verb: 'blockaded', means: 'cut off', actor: { bodies: 'acting' }, target: 'place' } as EventType;
    expect(() => loadEventTypes([{ ...base, target: 'sky' as never }])).to.throw(EventTypeError);
    expect(() => loadEventTypes([{ ...base, verbs: [{ after: 'in ' }] }])).to.throw(EventTypeError);
    expect(() => loadEventTypes([base, base])).to.throw(EventTypeError);
  });

  it('When a type is added to kb/event-types.json alone, then a sentence with its verb gives that event', function () {
    this.timeout(20000);
    const text = 'Russian forces blockaded Mariupol in March.';
    const blockade = { verb: 'blockaded', means: 'cut a place off', actor: { bodies: 'acting', persons: 'commanders' }, target: 'place', verbs: [{ lemmas: ['blockade'], passive: true }] };
    const before = withChangedData('event-types.json', () => undefined, (extract) => extract(text).events);
    const after = withChangedData('event-types.json', (data) => data.types.push(blockade), (extract) => extract(text).events);
    expect(before).to.deep.equal([]);
    expect(after.map((e) => [e.actor, e.verb, e.target])).to.deep.equal([['Russia', 'blockaded', 'Mariupol']]);
  });
});
