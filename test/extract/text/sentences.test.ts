// Unit tests of the sentence splitter on invented text.
import { expect } from 'chai';
import { splitSentences } from '../../../server/extract/text/sentences';
import type { Span } from '../../../server/extract/types';

function split(text: string, furniture: Span[] = []): string[] {
  return splitSentences(text, furniture).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('When sentences end with stops, then each becomes one sentence with trimmed offsets', () => {
    expect(split('  The army moved. It stopped!  Why? ')).to.deep.equal(['The army moved.', 'It stopped!', 'Why?']);
  });

  it('When abbreviations and initials occur, then they do not end the sentence', () => {
    expect(split('Mr. Smith met Gen. Brown on Feb. 21 with Joseph R. Biden. They talked.'))
      .to.deep.equal(['Mr. Smith met Gen. Brown on Feb. 21 with Joseph R. Biden.', 'They talked.']);
  });

  it('When a dotted acronym is followed by a name, then the sentence goes on; before "The", it ends', () => {
    expect(split('The U.S. Senate voted. Aid came from the U.S. The vote was close.'))
      .to.deep.equal(['The U.S. Senate voted.', 'Aid came from the U.S.', 'The vote was close.']);
  });

  it('When a quotation ends with a comma and its attribution follows, then quote and attribution stay one sentence', () => {
    expect(split('“They will be returned,” the spokesman told reporters. Nothing more was said.'))
      .to.deep.equal(['“They will be returned,” the spokesman told reporters.', 'Nothing more was said.']);
  });

  it('When a question mark closes a quotation followed by a lowercase attribution, then the sentence goes on', () => {
    expect(split('“Why now?” she asked. He left.')).to.deep.equal(['“Why now?” she asked.', 'He left.']);
  });

  it('When a sentence ends inside closing quotation marks, then the marks belong to it', () => {
    expect(split('He said: “We will win.” Then he left.')).to.deep.equal(['He said: “We will win.”', 'Then he left.']);
  });

  it('When lines have no final stop (headlines), then each line is a sentence', () => {
    expect(split('Troops Advance in the East\nThe army advanced.')).to.deep.equal(['Troops Advance in the East', 'The army advanced.']);
  });

  it('When furniture lies in the text, then no sentence covers it', () => {
    const text = 'Read more\nThe army advanced.';
    expect(split(text, [{ start: 0, end: 9 }])).to.deep.equal(['The army advanced.']);
  });

  it('When sentences are returned, then they carry their running index', () => {
    expect(splitSentences('One. Two. Three.', []).map((s) => s.index)).to.deep.equal([0, 1, 2]);
  });
});
