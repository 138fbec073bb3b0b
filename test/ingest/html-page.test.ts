// Saved web pages: the article body without navigation or ads, and the page's own metadata.
import { expect } from 'chai';
import { readHtmlPage } from '../../server/ingest/html-page';
import { BROKEN_PAGE, NEWS_PAGE } from './fixtures/pages';

describe('ingest/html-page', () => {
  it('When a news page is read, then its body paragraphs are kept and navigation, ads, scripts and footer left out', () => {
    const { text } = readHtmlPage(NEWS_PAGE);
    expect(text).to.match(/^Ukrainian President Volodymyr Zelensky said on Wednesday/);
    expect(text).to.include('Kremlin spokesman Dmitry Peskov told reporters in Moscow');
    expect(text.split('\n\n')).to.have.length(3);
    for (const furniture of ['World news', 'cheap flights', 'Subscribe now', 'winter tyres', 'All rights reserved']) {
      expect(text).not.to.include(furniture);
    }
  });

  it('When a news page is read, then title, outlet, date, canonical URL and byline come from its declarations', () => {
    expect(readHtmlPage(NEWS_PAGE).meta).to.deep.equal({
      title: 'Zelensky vows to retake Kherson',
      outlet: 'The Kyiv Ledger',
      date: '2022-11-09T14:30:00+02:00',
      url: 'https://ledger.example/2022/11/09/kherson#top',
      byline: 'Olena Bondar',
    });
  });

  it('When the markup is broken, then the text it holds is still read', () => {
    expect(readHtmlPage(BROKEN_PAGE).text).to.include('Kremlin spokesman Dmitry Peskov said that talks would go on');
  });

  it('When the page is empty, then there is no text and no metadata', () => {
    expect(readHtmlPage('  ')).to.deep.equal({ text: '', meta: {} });
  });
});
