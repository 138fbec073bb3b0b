// Unit tests of the sentence splitter on invented text.
import { expect } from 'chai';
import { MAX_SENTENCE_LENGTH, splitSentences, splitText } from '../../../server/extract/text/sentences';
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

  it('When a line runs on without a sentence end, then it is read in bounded chunks cut at spaces, and a message says so', () => {
    const text = `${'word, and another '.repeat(400)}end`;
    const { sentences, messages } = splitText(text, []);
    expect(sentences.length).to.be.greaterThan(1);
    for (const s of sentences) {
      expect(s.end - s.start).to.be.at.most(MAX_SENTENCE_LENGTH);
      expect(text.slice(s.start, s.end)).to.equal(text.slice(s.start, s.end).trim());
    }
    expect(sentences.map((s) => text.slice(s.start, s.end)).join(' ').replace(/\s+/g, ' ')).to.equal(text.replace(/\s+/g, ' '));
    expect(messages.map((m) => m.ruleId)).to.deep.equal(['sentences/overlong']);
  });

  it('When a run has no space at all, then it is still cut, and never inside a surrogate pair', () => {
    const text = '😀'.repeat(3000);
    const sentences = splitSentences(text, []);
    expect(sentences.map((s) => s.end - s.start).every((n) => n <= MAX_SENTENCE_LENGTH && n % 2 === 0)).to.equal(true);
    expect(sentences[sentences.length - 1].end).to.equal(text.length);
  });
});
