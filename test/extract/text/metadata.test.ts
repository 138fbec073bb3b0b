// Unit tests of the metadata reader on invented text.
import { expect } from 'chai';
import { readMetadata } from '../../../server/extract/text/metadata';
import { findFurniture } from '../../../server/extract/text/furniture';

function read(text: string, sidecar = {}) {
  return readMetadata(text, sidecar, findFurniture(text).spans);
}

describe('readMetadata', () => {
  it('When a sidecar gives title, outlet and date, then they are used as they are, without messages', () => {
    const { meta, messages } = read('Some text.', { title: 'T', outlet: 'O', date: '2022-01-02' });
    expect(meta).to.deep.equal({ title: 'T', outlet: 'O', date: '2022-01-02' });
    expect(messages).to.deep.equal([]);
  });

  it('When a date stands on its own line, then it is the publication date, with its place', () => {
    const text = 'Headline About Talks\nMarch 29, 2022\nTalks began on Tuesday.';
    const { meta, messages } = read(text);
    expect(meta.date).to.equal('2022-03-29');
    const info = messages.find((m) => m.ruleId === 'metadata/date-from-text');
    expect(text.slice(info!.place!.start, info!.place!.end)).to.equal('March 29, 2022');
  });

  it('When the text opens with "date YYYY-MM-DD" and a title, then both are read', () => {
    const { meta } = read(' date 2022-11-09 Army pulls back from the river\nThe army pulled back.');
    expect(meta.date).to.equal('2022-11-09');
    expect(meta.title).to.equal('Army pulls back from the river');
  });

  it('When a date appears only inside a sentence about the past, then the date stays unknown with a warning', () => {
    const { meta, messages } = read('The war began on February 24, 2022, when troops crossed the border.');
    expect(meta.date).to.equal(undefined);
    expect(messages.find((m) => m.ruleId === 'metadata/no-date')).to.include({ severity: 'warning' });
  });

  it('When the page names its outlet in an appeal or a self-reference, then the outlet is read from it', () => {
    expect(read('Support The Kyiv Gazette!\nThe mayor spoke.').meta.outlet).to.equal('The Kyiv Gazette');
    expect(read('A video verified by NBC News showed the flag.').meta.outlet).to.equal('NBC News');
    expect(read('Story.\n- Jane Doe, example.com.au').meta.outlet).to.equal('example.com.au');
  });

  it('When nothing names the outlet, then a warning says it is unknown', () => {
    const { meta, messages } = read('The United States could not confirm the report.');
    expect(meta.outlet).to.equal(undefined);
    expect(messages.find((m) => m.ruleId === 'metadata/no-outlet')).to.include({ severity: 'warning' });
  });
});
