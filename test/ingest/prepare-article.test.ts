// Preparing one article: pages read, bad input refused with a reason, dates parsed, identity and offsets kept.
import { expect } from 'chai';
import { prepareArticle, type PreparedArticle } from '../../server/ingest/prepare-article';
import type { RawArticle } from '../../server/ingest/raw-article';
import { NEWS_PAGE } from './fixtures/pages';

const TEXT = 'Kremlin spokesman Dmitry Peskov said on Tuesday that Russia was "staying in Kherson forever", the agency reported.';

function raw(body: string, extra: Partial<RawArticle> = {}): RawArticle {
  return { kind: 'article', origin: 'a.txt', format: 'text', body, meta: {}, messages: [], ...extra };
}

describe('ingest/prepare-article', () => {
  it('When a page is prepared, then the stored text is its body and every quote\'s offsets slice that text', () => {
    const prepared = prepareArticle(raw(NEWS_PAGE, { format: 'html', origin: 'page.html' })) as PreparedArticle;
    expect(prepared.kind).to.equal('prepared');
    const { article, statements } = prepared.rows;
    expect(article).to.include({
      title: 'Zelensky vows to retake Kherson', outlet: 'The Kyiv Ledger', date: '2022-11-09',
      publishedAt: '2022-11-09T14:30:00+02:00', byline: 'Olena Bondar', url: 'https://ledger.example/2022/11/09/kherson#top',
      source: 'url:https://ledger.example/2022/11/09/kherson',
    });
    expect(article.text).not.to.include('<');
    expect(statements.length).to.be.greaterThan(0);
    for (const { properties } of statements) {
      // A mixed quote's words stand between quotation marks in the text; the stored quote leaves the marks out.
      expect(article.text.slice(properties.quoteStart, properties.quoteEnd).replace(/["“”]/g, '')).to.equal(properties.quote);
    }
  });

  it('When metadata is given beside the text, then it wins over the page and the date keeps its time', () => {
    const prepared = prepareArticle(raw(TEXT, { meta: { title: 'Given', date: '2022-01-25T09:00:00Z', url: 'https://x.test/a' }, file: '/data/a.txt' })) as PreparedArticle;
    expect(prepared.rows.article).to.include({ title: 'Given', date: '2022-01-25', publishedAt: '2022-01-25T09:00:00Z', source: 'url:https://x.test/a', file: '/data/a.txt' });
  });

  it('When no URL is known, then the file is the identity; with neither there is none', () => {
    expect((prepareArticle(raw(TEXT, { file: '/data/a.txt' })) as PreparedArticle).rows.article.source).to.equal('file:/data/a.txt');
    expect((prepareArticle(raw(TEXT)) as PreparedArticle).rows.article.source).to.equal(null);
  });

  it('When the date names no day, then the article is kept without a date and a warning says why', () => {
    const prepared = prepareArticle(raw(TEXT, { meta: { date: 'sometime in spring' } })) as PreparedArticle;
    expect(prepared.rows.article.date).to.equal(null);
    expect(prepared.messages.map((message) => message.ruleId)).to.include('ingest/bad-date');
  });

  const refusals: [string, RawArticle, string][] = [
    ['empty', raw(' \n\t '), 'empty: no text to extract'],
    ['a page with no text', raw('<html><body><nav>Home</nav></body></html>', { format: 'html' }), 'no article text found in the page'],
    ['binary', raw('\u0001\u0002\u0003abc\u0004\u0005\u0006'.repeat(20)), 'binary data (control characters), not text'],
    ['larger than the limit', raw('word '.repeat(300_000)), 'too large: 1.5 MB of text (the limit is 1.0 MB; see --max-size)'],
  ];
  for (const [what, input, reason] of refusals) {
    it(`When the article is ${what}, then it is refused with the reason "${reason}"`, () => {
      expect(prepareArticle(input)).to.deep.equal({ kind: 'failed', origin: input.origin, reason });
    });
  }

  it('When the text is not English, then it is prepared with a warning saying so', () => {
    const prepared = prepareArticle(raw('Президент України Володимир Зеленський заявив у середу, що війська повернуться до Херсона до зими.')) as PreparedArticle;
    expect(prepared.kind).to.equal('prepared');
    expect(prepared.messages.map((message) => message.ruleId)).to.include('input/not-english');
  });
});
