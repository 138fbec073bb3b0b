// What the loader accepts as an article, and the named error it gives for anything else.
import { expect } from 'chai';
import { InvalidInputError } from '../../server/errors';
import { parseArticleInput } from '../../server/load/article-input';

describe('load/article-input', () => {
  it('should accept a text alone, or with a file name and metadata', () => {
    expect(parseArticleInput({ text: 'Putin spoke.' })).to.deep.equal({ text: 'Putin spoke.' });
    const full = { text: 'Putin spoke.', file: 'a.txt', meta: { title: 'T', outlet: 'O', date: '2022-10-05' } };
    expect(parseArticleInput(full)).to.deep.equal(full);
  });

  const refusals: [string, unknown, RegExp][] = [
    ['nothing at all', undefined, /loadArticle: input/],
    ['a bare string', 'Putin spoke.', /loadArticle: input/],
    ['a missing text', { file: 'a.txt' }, /loadArticle: text/],
    ['a text that is not a string', { text: 42 }, /loadArticle: text/],
    ['an empty text', { text: '' }, /loadArticle: text must not be empty/],
    ['a text of white space', { text: ' \n\t ' }, /loadArticle: text must not be empty/],
    ['an empty file name', { text: 'x', file: '' }, /loadArticle: file/],
    ['a date that is no calendar day', { text: 'x', meta: { date: '2022-02-30' } }, /loadArticle: meta\.date/],
    ['a date in another format', { text: 'x', meta: { date: '5 Oct 2022' } }, /loadArticle: meta\.date/],
  ];
  for (const [what, input, message] of refusals) {
    it(`should refuse ${what} with an InvalidInputError that names the field`, () => {
      expect(() => parseArticleInput(input)).to.throw(InvalidInputError, message);
    });
  }
});
