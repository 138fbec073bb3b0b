// Cypher loaded from files by name, and schema files split into their statements.
import { expect } from 'chai';
import { cypher, cypherStatements } from '../../server/graph/queries';

describe('graph/queries', () => {
  it('should load a query by its path under cypher/, the same object each time', () => {
    const query = cypher('read/counts');
    expect(query.name).to.equal('read/counts');
    expect(query.text).to.match(/RETURN/);
    expect(cypher('read/counts')).to.equal(query);
  });

  it('should throw for a query file that does not exist', () => {
    expect(() => cypher('read/no-such-query')).to.throw(/no-such-query\.cypher/);
  });

  it('should split the schema into one statement per semicolon, leaving comments out', () => {
    const statements = cypherStatements('schema');
    expect(statements.length).to.be.greaterThan(5);
    for (const statement of statements) {
      expect(statement.text).to.match(/^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) \w+ IF NOT EXISTS/);
      expect(statement.text).not.to.include(';');
    }
    expect(statements[0].name).to.equal('schema#1');
  });
});
