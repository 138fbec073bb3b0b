// JSON Lines input: one article a line, feed field names understood, a bad line reported by its number and skipped.
import { expect } from 'chai';
import { Readable } from 'node:stream';
import { jsonLineArticles } from '../../../server/ingest/sources/jsonl-articles';
import type { RawInput } from '../../../server/ingest/raw-article';
import { jsonError } from '../fixtures/texts';

async function read(text: string): Promise<RawInput[]> {
  const items: RawInput[] = [];
  for await (const item of jsonLineArticles(Readable.from([text]), 'feed.jsonl')) items.push(item);
  return items;
}

describe('ingest/sources/jsonl-articles', () => {
  it('When lines use text, content or body and feed metadata names, then each becomes an article with its metadata', async () => {
    const items = await read([
      JSON.stringify({ text: 'One.', title: 'T1', outlet: 'O1', date: '2022-01-25T09:00:00Z', url: 'https://a.test/1' }),
      JSON.stringify({ content: 'Two.', source: 'Reuters', published_at: 'Nov. 9, 2022' }),
      JSON.stringify({ body: '<p>Three.</p>', headline: 'T3', link: 'https://a.test/3' }),
    ].join('\n'));
    expect(items).to.deep.equal([
      { kind: 'article', origin: 'feed.jsonl line 1', format: 'text', body: 'One.', messages: [],
        meta: { title: 'T1', outlet: 'O1', date: '2022-01-25T09:00:00Z', url: 'https://a.test/1' } },
      { kind: 'article', origin: 'feed.jsonl line 2', format: 'text', body: 'Two.', messages: [], meta: { outlet: 'Reuters', date: 'Nov. 9, 2022' } },
      { kind: 'article', origin: 'feed.jsonl line 3', format: 'html', body: '<p>Three.</p>', messages: [], meta: { title: 'T3', url: 'https://a.test/3' } },
    ]);
  });

  it('When a line is malformed, then it is reported with its line number and the next lines are still read', async () => {
    const items = await read(['{"text": "One."}', '{"text": "Two.', '', '[1, 2]', '{"title": "no text"}', '{"text": 42}', '{"text": "Six."}'].join('\n'));
    expect(items.map((item) => (item.kind === 'failed' ? `${item.origin}: ${item.reason}` : `${item.origin}: ok`))).to.deep.equal([
      'feed.jsonl line 1: ok',
      `feed.jsonl line 2: not valid JSON (${jsonError('{"text": "Two.')})`,
      'feed.jsonl line 4: not a JSON object',
      'feed.jsonl line 5: no "text", "content" or "body" field',
      'feed.jsonl line 6: "text" is not a string',
      'feed.jsonl line 7: ok',
    ]);
  });
});
