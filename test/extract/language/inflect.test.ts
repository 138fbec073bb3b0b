// Verb forms from a lemma: regular endings, spelling changes and the irregular forms a record names.
import { expect } from 'chai';
import { allForms, verbForms } from '../../../server/extract/language/inflect';

describe('Verb inflection', () => {
  it('should add -s, -ed and -ing to a plain verb', () => {
    expect(verbForms('warn')).to.deep.equal({ base: 'warn', third: 'warns', past: 'warned', participle: 'warned', gerund: 'warning' });
  });

  it('should follow English spelling: -es, -ies, a dropped e, a doubled consonant', () => {
    expect(verbForms('stress').third).to.equal('stresses');
    expect(verbForms('deny')).to.include({ third: 'denies', past: 'denied', gerund: 'denying' });
    expect(verbForms('argue')).to.include({ past: 'argued', gerund: 'arguing' });
    expect(verbForms('plan')).to.include({ past: 'planned', gerund: 'planning' });
    expect(verbForms('agree')).to.include({ past: 'agreed', gerund: 'agreeing' });
  });

  it('should double the consonant of a stressed last syllable, and not of an unstressed one', () => {
    expect(verbForms('begin')).to.include({ past: 'began', participle: 'begun', gerund: 'beginning' });
    expect(verbForms('commit')).to.include({ past: 'committed', gerund: 'committing' });
    expect(verbForms('target')).to.include({ past: 'targeted', gerund: 'targeting' });
    expect(verbForms('visit')).to.include({ past: 'visited', gerund: 'visiting' });
  });

  it('should take irregular pasts and doubling from the record', () => {
    expect(allForms('say', { past: 'said' })).to.have.members(['say', 'says', 'said', 'saying']);
    expect(verbForms('write', { past: 'wrote', participle: 'written' })).to.include({ past: 'wrote', participle: 'written', gerund: 'writing' });
    expect(verbForms('admit', { double: true })).to.include({ past: 'admitted', gerund: 'admitting' });
  });
});
