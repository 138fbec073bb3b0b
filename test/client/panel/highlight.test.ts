// An article's text cut into runs: every fact marked once, in order, and the runs put back together give the text.
import { expect } from 'chai';
import { highlightRuns } from '../../../client/panel/highlight';
import { evidenceEnd, relationName } from '../../../client/relations';

describe('client/panel/highlight', () => {
  const text = 'Peskov said Russia will stay. Kyiv said Russia withdrew from Lyman.';
  const fact = (id: string, needle: string, type: 'statement' | 'event' = 'statement') => {
    const start = text.indexOf(needle);
    return { id, type, label: needle, start, end: start + needle.length };
  };

  it('should mark every fact and give back the whole text', () => {
    const runs = highlightRuns(text, [fact('e1', 'withdrew from', 'event'), fact('s1', 'Russia will stay')]);
    expect(runs.map((r) => r.text).join('')).to.equal(text);
    expect(runs.filter((r) => r.fact).map((r) => r.fact?.id)).to.deep.equal(['s1', 'e1']);
  });

  it('should leave unmarked a fact overlapping one already marked, or one beyond the text', () => {
    const runs = highlightRuns(text, [fact('s2', 'Russia withdrew from Lyman'), fact('e1', 'withdrew from', 'event'), { id: 'x', type: 'event', label: '', start: 500, end: 510 }]);
    expect(runs.filter((r) => r.fact).map((r) => r.fact?.id)).to.deep.equal(['s2']);
    expect(runs.map((r) => r.text).join('')).to.equal(text);
  });
});

describe('client/relations', () => {
  it('should name a relationship as read from either end', () => {
    expect(relationName('ABOUT', 'in')).to.equal('Statements about it');
    expect(relationName('SAID', 'out')).to.equal('What they said');
    expect(relationName('NEW_TYPE', 'in')).to.equal('← NEW_TYPE');
  });

  it('should find the statement or event an edge rests on, and none for an article naming someone', () => {
    const types: Record<string, string> = { p: 'person', s: 'statement', a: 'article', e: 'event' };
    expect(evidenceEnd({ type: 'SAID', source: 'p', target: 's' }, (id) => types[id])).to.equal('s');
    expect(evidenceEnd({ type: 'TARGET', source: 'e', target: 'p' }, (id) => types[id])).to.equal('e');
    expect(evidenceEnd({ type: 'MENTIONS', source: 'a', target: 'p' }, (id) => types[id])).to.equal(null);
  });
});
