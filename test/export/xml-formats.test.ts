// GraphML and GEXF writers: graphology's own parsers read back every node, edge and typed attribute, hostile text intact.
import { expect } from 'chai';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { ELEMENTS_PER_CHUNK, writeGraphml } from '../../server/export/graphml';
import { writeGexf } from '../../server/export/gexf';
import { xmlText } from '../../server/export/xml-chunks';
import { ARTICLE, collect, HOSTILE_CONTEXT, hostileGraph, SPEAKER } from './fixtures/hostile-graph';
import { HOSTILE_QUOTE } from './fixtures/hostile-article';

/** What XML 1.0 can carry of a string: the same, with its forbidden control characters replaced. */
const inXml = (text: string) => text.replace(/[\u0001\u000b\u001f]/g, '\uFFFD');

describe('export/graphml and export/gexf', () => {
  it('When a graph is written as GraphML, then graphology-graphml reads the same nodes, edges and typed attributes', () => {
    const graph = hostileGraph();
    const read = parseGraphml(MultiDirectedGraph, collect(writeGraphml(graph)));
    expect(read.order).to.equal(graph.order);
    expect(read.size).to.equal(graph.size);
    const statement = read.getNodeAttributes(`${ARTICLE}:s1`);
    expect(statement.quote).to.equal(inXml(HOSTILE_QUOTE));
    expect(statement.start).to.equal(41);
    expect(read.getNodeAttributes('place:kherson')).to.include({ lat: 46.6354, lon: 32 });
    expect(read.getNodeAttribute(SPEAKER, 'aliases')).to.equal('=Mallory; M. "the hand" <i>');
    expect(read.getEdgeAttributes(`MENTIONS:${ARTICLE}->${SPEAKER}`)).to.deep.include({ type: 'MENTIONS', count: 2 });
  });

  it('When a graph is written as GEXF 1.3, then graphology-gexf reads the same nodes, edges, labels and list attributes', () => {
    const graph = hostileGraph();
    const text = collect(writeGexf(graph, HOSTILE_CONTEXT));
    expect(text).to.include('<gexf xmlns="http://gexf.net/1.3"').and.include('version="1.3"');
    const read = parseGexf(MultiDirectedGraph, text);
    expect(read.order).to.equal(graph.order);
    expect(read.size).to.equal(graph.size);
    expect(read.getNodeAttribute(`${ARTICLE}:s1`, 'label')).to.equal(inXml(HOSTILE_QUOTE));
    expect(read.getNodeAttribute(SPEAKER, 'aliases')).to.deep.equal(['=Mallory', 'M. "the hand" <i>']);
    expect(read.getNodeAttribute(`${ARTICLE}:e1`, 'sentenceStart')).to.equal(180);
  });

  it('When text holds characters XML 1.0 forbids, then they become U+FFFD and everything else is kept', () => {
    expect(xmlText('a\u0000b\u0008c\td\ne\uFFFEf\uD800g😀')).to.equal('a\uFFFDb\uFFFDc\td\ne\uFFFDf\uFFFDg😀');
  });

  it('When the graph is large, then the XML comes out in many chunks, none holding more than a batch of elements', () => {
    const graph = new MultiDirectedGraph() as ReturnType<typeof hostileGraph>;
    for (let index = 0; index < 5 * ELEMENTS_PER_CHUNK; index += 1) graph.addNode(`person:${index}`, { label: `P${index}`, type: 'person' });
    for (const write of [() => writeGraphml(graph), () => writeGexf(graph, HOSTILE_CONTEXT)]) {
      const chunks = [...write()];
      expect(chunks.length).to.be.at.least(5);
      expect(Math.max(...chunks.map((chunk) => chunk.length))).to.be.below(collect(chunks).length / 4);
    }
  });
});
