// The read-only check of analysts' queries: the text's structure without comments and strings, and the plan's verdict.
import { expect } from 'chai';
import { QueryRefusedError } from '../../server/errors';
import { checkPlan, checkText, codeOnly } from '../../server/graph/read-only-check';

const plan = (queryType: string, ...operators: Array<[string, string?]>) =>
  ({ queryType, operators: operators.map(([name, details = '']) => ({ name, details })) });

function reasonOf(check: () => void): string | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    expect(error).to.be.instanceOf(QueryRefusedError);
    return (error as QueryRefusedError).details?.reason as string;
  }
}

describe('graph/read-only-check', () => {
  it('should blank comments, strings and quoted names out, keeping every offset', () => {
    const text = "MATCH (n) // a; b\nRETURN 'x;y' AS `a;b`, \"it\\\"s;\" /* ; */";
    const code = codeOnly(text);
    expect(code).to.have.length(text.length);
    expect(code).not.to.include(';');
    expect(code.startsWith('MATCH (n)')).to.equal(true);
  });

  it('should refuse a second statement but not a semicolon ending the only one', () => {
    expect(reasonOf(() => checkText('MATCH (n) RETURN n; MATCH (m) RETURN m'))).to.equal('multiple-statements');
    expect(reasonOf(() => checkText('MATCH (n) RETURN n;  \n'))).to.equal(undefined);
    expect(reasonOf(() => checkText('RETURN "a; b" AS text'))).to.equal(undefined);
  });

  it('should refuse a literal range() longer than a million numbers, and allow shorter ones', () => {
    expect(reasonOf(() => checkText('RETURN range(1, 2000000) AS r'))).to.equal('huge-literal');
    expect(reasonOf(() => checkText('RETURN range(0, 10, 0) AS r'))).to.equal('huge-literal');
    expect(reasonOf(() => checkText('UNWIND range(1, 1000000) AS x RETURN x'))).to.equal(undefined);
  });

  it('should take a read-only plan with listed procedures and schema commands', () => {
    expect(reasonOf(() => checkPlan(plan('r', ['ProduceResults'], ['NodeIndexSeek'])))).to.equal(undefined);
    expect(reasonOf(() => checkPlan(plan('r', ['ProcedureCall', 'db.labels() :: (label :: STRING)'])))).to.equal(undefined);
    expect(reasonOf(() => checkPlan(plan('r', ['ShowIndexes'])))).to.equal(undefined);
  });

  it('should refuse by operator first, so that the reason is the most telling one', () => {
    expect(reasonOf(() => checkPlan(plan('r', ['LoadCSV'])))).to.equal('load-csv');
    expect(reasonOf(() => checkPlan(plan('w', ['TransactionForeach'], ['SetProperty'])))).to.equal('in-transactions');
    expect(reasonOf(() => checkPlan(plan('s', ['ProcedureCall', 'dbms.components() :: (name :: STRING)'])))).to.equal('admin');
    expect(reasonOf(() => checkPlan(plan('s', ['ProcedureCall', 'db.clearQueryCaches() :: (value :: STRING)'])))).to.equal('procedure');
    expect(reasonOf(() => checkPlan(plan('r', ['ShowTransactions'])))).to.equal('admin');
    expect(reasonOf(() => checkPlan(plan('s', ['CreateIndex'])))).to.equal('schema');
    expect(reasonOf(() => checkPlan(plan('w', ['EmptyResult'], ['DetachDelete'])))).to.equal('writes');
  });

  it('should refuse any query type but r even when no operator gives it away', () => {
    expect(reasonOf(() => checkPlan(plan('rw', ['ProduceResults'])))).to.equal('writes');
    expect(reasonOf(() => checkPlan(plan('s', ['ProduceResults'])))).to.equal('schema');
  });
});
