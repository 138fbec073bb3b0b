// Property test: on any mix of trigger words, names and noise the events stage terminates, never throws, and keeps offsets inside the text.
import { expect } from 'chai';
import fc from 'fast-check';
import { eventsOf } from './article';

const PIECES = ['Russian troops', 'captured', 'Kherson', 'Kyiv\'s forces', 'retreat from', 'the city', 'which', 'by',
  'pledged', 'aid', 'to', 'Ukraine', ',', '.', 'and', 'regions', 'on Tuesday', 'it', 'his', 'was', 'known as', 'not',
  'would', 'flag raised over', 'Donetsk', 'Putin', 'visit to', 'Berlin', '“', '”', '(', ')', 'the', 'of', 'drafted into',
  'Russia\'s', 'one on', 'offensives', 'near', 'villages', 'taken', 'shelling in', '\u0000', 'é', '—', 'raised', 'their',
  'flag', 'over', 'came under', 'fell to', 'that', 'who', 'accused', 'with', 'mobilized', 'reservists', 'the Ukrainian capital',
  'regions of', 'part of', 'supply', 'Kyiv', 'its', 'they', 'he', 'Saturday', 'Feb. 30', 'hit', 'targeted', '-', '\'s',
  'the recaptured town of', 'a', 'Moscow', 'administration', 'claims to have', 'decision to', 'abandon', 'leaving'];

describe('events/robustness', () => {
  it('When the text is any mix of event words, names and noise, then events stay inside the text and nothing throws', () => {
    fc.assert(fc.property(
      fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 60 }),
      (pieces) => {
        const text = pieces.join(' ');
        const { events, messages } = eventsOf(text, {
          names: ['Kherson', 'Kyiv', 'Ukraine', 'Donetsk', 'Putin', 'Berlin', 'Russia'], date: '2022-10-05',
        });
        for (const event of events) {
          expect(event.start).to.be.within(0, text.length);
          expect(text.slice(event.start, event.end)).to.equal(event.phrase);
        }
        for (const message of messages) expect(message.place!.end).to.be.at.most(text.length);
      },
    ), { numRuns: 1000 });
  });

  it('When a run-on sentence repeats triggers thousands of times, then the stage still finishes', () => {
    const text = 'Russian troops captured Kherson and it would retake Kherson and '.repeat(1500);
    const { events } = eventsOf(text, { names: ['Kherson'] });
    expect(events.map((e) => `${e.actor} ${e.verb} ${e.target}`)).to.deep.equal(['Russia captured Kherson']);
  });
});
