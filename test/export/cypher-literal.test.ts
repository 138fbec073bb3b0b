// Cypher literals in the export script: no string can end its literal, its statement or its line.
import { expect } from 'chai';
import fc from 'fast-check';
import { cypherName, cypherString, cypherValue } from '../../server/export/cypher-literal';

/** Reads a literal back the way Cypher's lexer does, to check escaping round-trips. */
function unescape(literal: string): string {
  return literal.slice(1, -1).replace(/\\(u[0-9a-f]{4}|.)/g, (_all, escape: string) => {
    if (escape.startsWith('u') && escape.length === 5) return String.fromCharCode(parseInt(escape.slice(1), 16));
    return ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[escape] ?? escape;
  });
}

describe('export/cypher-literal', () => {
  it('should give a single-quoted literal that reads back as the same string, for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      const literal = cypherString(text);
      expect(unescape(literal)).to.equal(text);
      expect(literal.slice(1, -1)).to.not.match(/(^|[^\\])(\\\\)*'/);
      expect(literal).to.not.match(/[\n\r\u2028\u2029]/);
    }));
  });

  it('should write dates as date(), whole doubles as floats, lists item by item, and null for missing values', () => {
    expect(cypherValue('2022-11-01', 'date')).to.equal("date('2022-11-01')");
    expect(cypherValue(32, 'double')).to.equal('32.0');
    expect(cypherValue(32, 'int')).to.equal('32');
    expect(cypherValue(['a', "b'c"], 'string[]')).to.equal("['a', 'b\\'c']");
    expect(cypherValue(null, 'string')).to.equal('null');
    expect(cypherString("x'}) DETACH DELETE (n) //")).to.equal("'x\\'}) DETACH DELETE (n) //'");
  });

  it('should leave plain names bare and backtick the others, doubling backticks', () => {
    expect(cypherName('REPORTED_IN')).to.equal('REPORTED_IN');
    expect(cypherName('a`b c')).to.equal('`a``b c`');
  });
});
