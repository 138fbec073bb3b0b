// A result table's cells: nodes by name, quote or title, relationships by type, paths by length, other values as text.
import { expect } from 'chai';
import { cellText } from '../../../client/analyst/results';

describe('client/analyst/results', () => {
  it('When a cell holds a node, then it reads as its name, quote or title', () => {
    expect(cellText({ kind: 'node', id: 'person:dmitry peskov', labels: ['Entity', 'Person'], properties: { name: 'Dmitry Peskov' } })).to.equal('Dmitry Peskov');
    expect(cellText({ kind: 'node', id: 'a:s1', labels: ['Statement'], properties: { quote: 'We are staying' } })).to.equal('We are staying');
    expect(cellText({ kind: 'node', id: 'x', labels: ['Other'], properties: {} })).to.equal('x');
  });

  it('When a cell holds a relationship or a path, then it reads as the type or the number of steps', () => {
    expect(cellText({ kind: 'relationship', id: 'r', type: 'SAID', source: 'a', target: 'b', properties: {} })).to.equal('[:SAID]');
    expect(cellText({ kind: 'path', nodes: [{}, {}, {}], relationships: [{}, {}] })).to.equal('path of 2 steps');
  });

  it('When a cell holds a list, a null or a map, then it reads as text', () => {
    expect(cellText(['NBC News', 'TASS'])).to.equal('NBC News, TASS');
    expect(cellText(null)).to.equal('—');
    expect(cellText({ a: 1 })).to.equal('{"a":1}');
    expect(cellText(12)).to.equal('12');
  });
});
