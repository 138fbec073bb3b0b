// Canvas labels: long names and quotes are cut at a word and marked, short ones are left alone.
import { expect } from 'chai';
import { canvasLabel, LABEL_LIMITS, shorten } from '../../client/labels';

describe('client/labels', () => {
  describe('shorten', () => {
    it('should leave a text within the limit as it is, with its spacing tidied.', () => {
      expect(shorten('  Dmitry   Peskov ', 20)).to.equal('Dmitry Peskov');
    });

    it('should cut a long text at a word boundary and end it with an ellipsis.', () => {
      const cut = shorten('We proceed from the fact that the situation will be stabilized', 30);
      expect(cut).to.equal('We proceed from the fact that…');
      expect(cut.length).to.be.at.most(30);
    });

    it('should not leave a dangling comma or dash before the ellipsis.', () => {
      expect(shorten('Apparently we will leave the city, no matter how painful', 36)).to.equal('Apparently we will leave the city…');
    });

    it('should cut inside a single very long word rather than return almost nothing.', () => {
      expect(shorten('Severodonetsk-Lysychansk-Lyman-Kramatorsk', 12)).to.equal('Severodonet…');
    });
  });

  describe('canvasLabel', () => {
    it('should put a statement in quotation marks and keep it within the statement limit.', () => {
      const quote = 'Putin has given us a choice – accept the redrawing of border through force and avoid nuclear threats';
      const label = canvasLabel({ id: 's1', type: 'statement', label: quote });
      expect(label.startsWith('“')).to.equal(true);
      expect(label.endsWith('…”')).to.equal(true);
      expect(label.length).to.be.at.most(LABEL_LIMITS.statement + 2);
    });

    it('should name an article by its outlet and date rather than its headline.', () => {
      const label = canvasLabel({ id: 'a1', type: 'article', label: 'Putin retreating? Russian troops now leaving Kyiv', outlet: 'American Military News', date: '2022-03-29' });
      expect(label).to.equal('American Military News · 29 Mar 2022');
    });

    it('should fall back to the headline for an article with neither outlet nor date.', () => {
      expect(canvasLabel({ id: 'a1', type: 'article', label: 'Russia faces up to defeat' })).to.equal('Russia faces up to defeat');
    });

    it('should give a person their name as it is.', () => {
      expect(canvasLabel({ id: 'person:volodymyr zelenskyy', type: 'person', label: 'Volodymyr Zelenskyy' })).to.equal('Volodymyr Zelenskyy');
    });
  });
});
