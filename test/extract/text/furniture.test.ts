// Unit tests of the furniture finder on invented page text.
import { expect } from 'chai';
import { findFurniture } from '../../../server/extract/text/furniture';

function removed(text: string): string[] {
  return findFurniture(text).spans.map((s) => text.slice(s.start, s.end));
}

describe('findFurniture', () => {
  it('When a page opens with a browser notice, then the notice line is furniture and the story is not', () => {
    const text = 'IE 9 is not supported. For an optimal experience visit our site on another browser.\n\nTroops crossed the river.';
    expect(removed(text)).to.deep.equal(['IE 9 is not supported. For an optimal experience visit our site on another browser.']);
  });

  it('When a caption ends with a photo credit, then the caption line is furniture', () => {
    const text = 'Soldiers rest near a village on Monday.Ivan Petrenko / AFP - Getty Images\nThe offensive went on.';
    expect(removed(text)).to.deep.equal(['Soldiers rest near a village on Monday.Ivan Petrenko / AFP - Getty Images']);
  });

  it('When credits take other forms ("Photo / AP", "(Name/Reuters)", "Photo: Office"), then each line is furniture', () => {
    const text = 'Recruits board a bus in a city. Photo / AP\nA tank on display (Anna Smith/Reuters)\nPhoto: Press Office\nBody text stays.';
    expect(removed(text)).to.have.length(3);
  });

  it('When a donation appeal runs to the end of the page, then all of it is furniture', () => {
    const story = 'The army advanced along the river and took two villages before nightfall, officials said.\n'.repeat(3);
    const text = story + '… we have a small favor to ask. Please support us.\nRemind me later.\nRead more';
    const spans = removed(text);
    expect(spans).to.have.length(1);
    expect(spans[0]).to.match(/^… we have a small favor to ask[\s\S]*Read more$/);
  });

  it('When a banner appeal or a registration wall appears, then those lines are furniture', () => {
    const text = 'Support The Kyiv Gazette!\nThe mayor spoke.\nRegister for free to continue reading\nAlready have an account? sign in';
    expect(removed(text)).to.deep.equal(['Support The Kyiv Gazette!', 'Register for free to continue reading', 'Already have an account? sign in']);
  });

  it('When related links are listed with dashes, then they are furniture but a dashed section heading is not', () => {
    const text = "- Poland joins 'sham' condemnation over vote\n– Talks resume –\nThe talks resumed.";
    expect(removed(text)).to.deep.equal(["- Poland joins 'sham' condemnation over vote"]);
  });

  it('When a paragraph merely begins with "Support", then it is not an appeal', () => {
    expect(removed('Support the transformation of our country, the minister urged the donors in a long speech.')).to.deep.equal([]);
  });

  it('When furniture is found, then each span comes with an info message naming what was left out', () => {
    const { messages } = findFurniture('Advertisement\nNews.');
    expect(messages).to.have.length(1);
    expect(messages[0]).to.include({ ruleId: 'furniture/navigation', severity: 'info' });
    expect(messages[0].reason).to.contain('Advertisement');
    expect(messages[0].place).to.deep.equal({ start: 0, end: 13 });
  });
});
