// Unit tests of the stage runner: a crashing stage becomes a warning naming the stage and the error.
import { expect } from 'chai';
import { runStage } from '../../server/extract/stage';
import type { Message } from '../../server/extract/types';

describe('runStage', () => {
  it('When a stage returns, then its result is passed on and no warning is added', () => {
    const failures: Message[] = [];
    expect(runStage('entities', undefined, failures, [], () => [1, 2])).to.deep.equal([1, 2]);
    expect(failures).to.deep.equal([]);
  });

  it('When a stage throws, then the fallback is used and a warning names the stage and the error', () => {
    const failures: Message[] = [];
    const result = runStage('statements', undefined, failures, ['fallback'], () => { throw new RangeError('index 7 out of range'); });
    expect(result).to.deep.equal(['fallback']);
    expect(failures).to.have.length(1);
    expect(failures[0]).to.include({ ruleId: 'pipeline/stage-failed', severity: 'warning' });
    expect(failures[0].reason).to.contain('statements').and.contain('RangeError: index 7 out of range');
  });

  it('When an observer is given, then it is told the stage name and a processor time, even for a failing stage', () => {
    const seen: string[] = [];
    runStage('events', (stage, ms) => { seen.push(stage); expect(ms).to.be.at.least(0); }, [], null, () => { throw new Error('boom'); });
    expect(seen).to.deep.equal(['events']);
  });
});
