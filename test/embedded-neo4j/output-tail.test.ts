// Checks that the output kept for error messages is the last lines, whole, however the chunks were cut.
import { expect } from 'chai';
import { OutputTail, quoteOutput } from '../../server/embedded-neo4j/output-tail';

describe('OutputTail', () => {
  it('should keep only the last lines, joining lines that arrived in pieces', () => {
    const tail = new OutputTail(2);
    tail.push('first\nsec');
    tail.push('ond\nthi');
    tail.push(Buffer.from('rd\nfourth'));
    expect(tail.text()).to.equal('second\nthird\nfourth');
  });

  it('should quote output line by line under its title, or say there was none', () => {
    expect(quoteOutput('java said', 'a\nb\n')).to.equal('java said:\n  | a\n  | b');
    expect(quoteOutput('java said', ' \n')).to.equal('java said: (nothing)');
  });
});
