// The nodes an analyst's answer names: its graph's nodes, and the stable ids its rows hold, however deep.
import { expect } from 'chai';
import type { CypherPayload } from '../../server/contract';
import { answerNodeIds } from '../../server/use-cases/answer-nodes';

const answer = (rows: CypherPayload['rows'], nodes: string[] = []): CypherPayload => ({
  columns: Object.keys(rows[0] ?? {}),
  rows,
  graph: { elements: { nodes: nodes.map((id) => ({ data: { id, label: id, type: 'person' } })), edges: [] } },
  summary: { rows: rows.length, truncated: false, ms: 1, queryType: 'r' },
} as CypherPayload);

describe('use-cases/answer-nodes', () => {
  it('When the rows hold statement, event, article and entity ids, in columns, lists and maps, then each is named', () => {
    const ids = answerNodeIds(answer([
      { statement: '91df686907f47033:statement:2570-2702', speaker: 'Dmitry Peskov' },
      { events: ['5fea531979a96d4e:event:3138:0'], about: { key: 'place:kherson', article: '91df686907f47033' } },
    ], ['person:dmitry peskov']));
    expect(ids).to.have.members(['person:dmitry peskov', '91df686907f47033:statement:2570-2702', '5fea531979a96d4e:event:3138:0', 'place:kherson', '91df686907f47033']);
  });

  it('When the rows hold names, numbers, quotes and Neo4j\'s own ids, then none is taken for a node', () => {
    const ids = answerNodeIds(answer([{ place: 'Kherson', count: 3, quote: 'person: said so', id: 'neo4j:4:abc:12', url: 'https://example.org/a' }]));
    expect(ids).to.deep.equal([]);
  });
});
