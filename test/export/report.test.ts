// The report's HTML without a browser: every fact cited once per source, text escaped by the writer, no script anywhere.
import { expect } from 'chai';
import { collectFacts } from '../../server/export/facts';
import { writeReport } from '../../server/export/report-html';
import { collect, HOSTILE_CONTEXT, hostileGraph } from './fixtures/hostile-graph';

describe('export/report-html', () => {
  it('When the graph holds hostile text, then the HTML holds it escaped and has no script element', () => {
    const html = collect(writeReport(hostileGraph(), HOSTILE_CONTEXT));
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).to.equal(true);
    expect(html).to.not.match(/<script/i);
    expect(html).to.include('&lt;script&gt;alert(\'x\')&lt;/script&gt;').and.include('+Mallory &lt;b&gt;Bold&lt;/b&gt;');
    expect(html).to.include('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:"/>');
    expect(html).to.not.match(/[\u0001\u000b\u001f]/);
  });

  it('When facts come from one article, then they share citation [1] and the sources list it once, with its address', () => {
    const { facts, sources } = collectFacts(hostileGraph());
    expect(facts.map((fact) => [fact.type, fact.source?.number])).to.deep.equal([['statement', 1], ['event', 1]]);
    expect(sources).to.have.length(1);
    const html = collect(writeReport(hostileGraph(), HOSTILE_CONTEXT));
    expect(html.match(/<a class="cite" href="#source-1">\[1\]<\/a>/g)).to.have.length(2);
    expect(html).to.include('<li id="source-1" value="1">').and.include('https://example.org/?a=1&amp;b=&lt;2&gt;');
  });

  it('When the selection is described, then the report shows its query and each parameter', () => {
    const html = collect(writeReport(hostileGraph(), HOSTILE_CONTEXT));
    expect(html).to.include('<pre class="query">MATCH (n) WHERE n.key IN $ids RETURN n</pre>');
    expect(html).to.include('<th>depth</th><td>1</td>');
  });
});
