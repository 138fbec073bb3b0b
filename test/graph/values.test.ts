// Conversion between plain data and driver values: integers stay integers in Cypher, and nothing else sees driver types.
import { expect } from 'chai';
import neo4j, { Record as Neo4jRecord } from 'neo4j-driver';
import { toParams, toRow } from '../../server/graph/values';

describe('graph/values', () => {
  it('should send whole numbers as Cypher integers, in nested lists and maps too, and leave fractions as floats', () => {
    const params = toParams({ start: 3, rows: [{ offsets: [1, 2] }], lat: 46.6354, name: 'Kherson', none: null });
    expect(neo4j.isInt(params.start)).to.equal(true);
    const [row] = params.rows as { offsets: unknown[] }[];
    expect(row.offsets.every((value) => neo4j.isInt(value))).to.equal(true);
    expect(params).to.include({ lat: 46.6354, name: 'Kherson', none: null });
  });

  it('should turn driver integers and dates in a record into numbers and ISO strings, inside maps and lists as well', () => {
    const record = new Neo4jRecord(['count', 'article'], [
      neo4j.int(7),
      { date: new neo4j.types.Date(2022, 10, 5), offsets: [neo4j.int(1), neo4j.int(9)], title: 'T' },
    ]);
    expect(toRow(record)).to.deep.equal({ count: 7, article: { date: '2022-10-05', offsets: [1, 9], title: 'T' } });
  });
});
