// Search: names and aliases match whatever the case and accents; queries too short to mean anything match nothing.
import { expect } from 'chai';
import type { GraphNodeData } from '../../server/contract';
import { foldForSearch, matchesQuery, searchNodes } from '../../client/search';

const zelenskyy: GraphNodeData = { id: 'person:volodymyr zelenskyy', label: 'Volodymyr Zelenskyy', type: 'person', aliases: ['Zelensky', 'Zelenskiy'] };
const kherson: GraphNodeData = { id: 'place:kherson', label: 'Kherson', type: 'place' };
const quote: GraphNodeData = { id: 's1', label: 'Until the Ukrainian flag is flying over Kherson', type: 'statement' };

describe('client/search', () => {
  it('should fold case, accents and curly apostrophes.', () => {
    expect(foldForSearch('  Žytomyr’s ')).to.equal("zytomyr's");
  });

  it('should find a person by an alias the label does not contain.', () => {
    expect(matchesQuery(zelenskyy, 'zelenskiy')).to.equal(true);
  });

  it('should find statements by their words as well as entities by name.', () => {
    expect(searchNodes([zelenskyy, kherson, quote], 'KHERSON')).to.deep.equal(new Set(['place:kherson', 's1']));
  });

  it('should treat a one-letter query as no search at all.', () => {
    expect(searchNodes([zelenskyy, kherson], 'k')).to.equal(null);
    expect(matchesQuery(kherson, 'k')).to.equal(false);
  });

  it('should answer an empty set when a real query finds nothing.', () => {
    expect(searchNodes([zelenskyy, kherson], 'Bakhmut')).to.deep.equal(new Set());
  });
});
