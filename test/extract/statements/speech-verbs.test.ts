// Reporting verbs are data: each record gives all its forms, and a verb added to kb/speech-verbs.json alone is extracted.
import { expect } from 'chai';
import { buildSpeechLexicon, SPEECH } from '../../../server/extract/statements/speech-verbs';
import { withChangedData } from '../../support/fresh-data';

describe('Speech verbs as data', () => {
  it('should know every form of a verb named once by its lemma', () => {
    for (const form of ['insist', 'insists', 'insisted', 'insisting', 'told', 'telling', 'emphasised']) expect(SPEECH.verbs, form).to.include(form);
  });

  it('should sort the forms by how the verb reports: particle, control, that-only, addressee, infinitive', () => {
    expect(SPEECH.particles.get('calling')).to.equal('on');
    expect(SPEECH.controlOnly).to.include('asks').and.not.include('urges');
    expect(SPEECH.thatOnly).to.include('believes');
    expect(SPEECH.addressee).to.include('telling');
    expect(SPEECH.infinitive).to.include('vowing');
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
