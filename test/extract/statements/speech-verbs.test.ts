// Reporting verbs are data: each record gives all its forms, and a verb added to kb/speech-verbs.json alone is extracted.
import { expect } from 'chai';
import { buildSpeechLexicon, senseOf, SPEECH } from '../../../server/extract/statements/speech-verbs';
import { withChangedData } from '../../support/fresh-data';

describe('Speech verbs as data', () => {
  it('should know every form of a verb named once by its lemma', () => {
    for (const form of ['insist', 'insists', 'insisted', 'insisting', 'told', 'telling', 'emphasised']) expect(SPEECH.verbs, form).to.include(form);
  });

  it('should give a verb the sense its particle selects, and none when a needed particle is missing', () => {
    const sense = (words: string) => senseOf((at) => words.split(' ')[at], 0);
    expect(sense('pointed out that')).to.deep.include({ to: 2 });
    expect(sense('pointed out that')?.verb.lemma).to.equal('point');
    expect(sense('pointed at')).to.equal(undefined);
    expect(sense('believes that')?.verb.reports).to.equal('that');
    expect(sense('telling reporters')?.verb.addressee).to.equal(true);
    expect(sense('vowing to')?.verb.infinitive).to.equal(true);
  });

  it('should read the participles that point back and the wire formula from the records, not from code', () => {
    expect([...SPEECH.pointingBack]).to.include.members(['said', 'reported', 'written']);
    expect([...SPEECH.wireForms]).to.deep.equal(['reports']);
    const lexicon = buildSpeechLexicon([{ lemma: 'relay', pointsBack: true, wire: true }], [], []);
    expect([...lexicon.pointingBack]).to.deep.equal(['relayed']);
    expect([...lexicon.wireForms]).to.deep.equal(['relays']);
  });

  it('should refuse a record it cannot read', () => {
    expect(() => buildSpeechLexicon([{ lemma: 'Say!' }], [], [])).to.throw(/speech-verbs\.json/);
    expect(() => buildSpeechLexicon([{ lemma: 'say', reports: 'song' as never }], [], [])).to.throw(/speech-verbs\.json/);
  });

  it('When a verb is added to kb/speech-verbs.json alone, then a sentence with it gives a statement', function () {
    this.timeout(20000);
    const text = 'The Kremlin opined on Tuesday that the talks had failed.';
    const before = withChangedData('speech-verbs.json', () => undefined, (extract) => extract(text).statements);
    const after = withChangedData('speech-verbs.json', (data) => data.verbs.push({ lemma: 'opine' }), (extract) => extract(text).statements);
    expect(before).to.deep.equal([]);
    expect(after.map((s) => [s.speaker, s.quote])).to.deep.equal([['Kremlin', 'the talks had failed']]);
  });
});
