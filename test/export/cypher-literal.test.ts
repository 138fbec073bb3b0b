// Cypher literals in the export script: no string can end its literal, its statement or its line.
import { expect } from 'chai';
import fc from 'fast-check';
import { cypherName, cypherParamValue, cypherString, cypherValue } from '../../server/export/cypher-literal';

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

  it('should write a query parameter as the runner sends it: safe whole numbers as integers, other numbers as floats, maps and lists item by item', () => {
    expect(cypherParamValue(20)).to.equal('20');
    expect(cypherParamValue(0.5)).to.equal('0.5');
    expect(cypherParamValue(2 ** 60)).to.equal('1152921504606846976.0');
    expect(cypherParamValue(null)).to.equal('null');
    expect(cypherParamValue(true)).to.equal('true');
    expect(cypherParamValue('2022-11-01')).to.equal("'2022-11-01'");
    expect(cypherParamValue({ 'odd key': ["O'Brien", 1], deep: { on: false } })).to.equal("{`odd key`: ['O\\'Brien', 1], deep: {on: false}}");
  });

  it('should leave plain names bare and backtick the others, doubling backticks', () => {
    expect(cypherName('REPORTED_IN')).to.equal('REPORTED_IN');
    expect(cypherName('a`b c')).to.equal('`a``b c`');
  });
});
