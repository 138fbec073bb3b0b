// Front matter at the top of an article gives its metadata and is left out of the content.
import { expect } from 'chai';
import { readFrontMatter } from '../../../server/extract/text/front-matter';
import { extract } from '../../../server/extract/pipeline';

const ARTICLE = [
  '---',
  'title: "Kyiv says troops advance"',
  'source: Example Wire',
  'date: 2022-10-04T08:00:00Z',
  'url: https://example.org/a',
  '---',
  'Kremlin spokesman Dmitry Peskov said on Tuesday that the talks had failed.',
].join('\n');

describe('extract/text/front-matter', () => {
  it('should read title, outlet, date and url from "key: value" lines between "---" rules', () => {
    const { meta, span } = readFrontMatter(ARTICLE);
    expect(meta).to.deep.equal({ title: 'Kyiv says troops advance', outlet: 'Example Wire', date: '2022-10-04', url: 'https://example.org/a' });
    expect(ARTICLE.slice(span!.start, span!.end)).to.match(/^---[\s\S]*---\n$/);
  });

  it('should find nothing in an article that does not open with a rule', () => {
    expect(readFrontMatter('Putin said nothing.\n---\ntitle: x\n---\n')).to.deep.equal({ meta: {}, messages: [] });
  });

  it('should ignore a date that is not ISO, with a warning placed on its line', () => {
    const text = '---\ndate: last Tuesday\n---\nBody.';
    const { meta, messages } = readFrontMatter(text);
    expect(meta.date).to.equal(undefined);
    expect(messages[0].ruleId).to.equal('metadata/front-matter-date');
    expect(text.slice(messages[0].place!.start, messages[0].place!.end)).to.equal('date: last Tuesday');
  });

  it('should give the pipeline its metadata, keep the sidecar first, and find nothing inside the header', () => {
    const extraction = extract(ARTICLE, { outlet: 'Sidecar Outlet' });
    expect(extraction.meta).to.include({ title: 'Kyiv says troops advance', outlet: 'Sidecar Outlet', date: '2022-10-04' });
    const headerEnd = ARTICLE.indexOf('Kremlin');
    for (const entity of extraction.entities) {
      for (const mention of entity.mentions) expect(mention.start).to.be.at.least(headerEnd);
    }
    expect(extraction.entities.map((entity) => entity.name)).to.include('Dmitry Peskov');
  });
});
