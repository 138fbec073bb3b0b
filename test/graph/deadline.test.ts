// withDeadline: the work's own outcome when it comes in time, the caller's error at the deadline, no stray rejection after.
import { expect } from 'chai';
import { withDeadline } from '../../server/graph/deadline';

const after = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('graph/deadline', () => {
  it('When the work ends in time, then its result or its error comes through', async () => {
    expect(await withDeadline(Promise.resolve('rows'), 100, () => new Error('late'))).to.equal('rows');
    const failure = await withDeadline(Promise.reject(new Error('own')), 100, () => new Error('late')).catch((error) => error);
    expect(failure.message).to.equal('own');
  });

  it('When the work takes longer, then the named error comes at the deadline, and a later rejection is not unhandled', async () => {
    let unhandled = 0;
    const count = () => { unhandled += 1; };
    process.on('unhandledRejection', count);
    try {
      const slow = after(200).then(() => { throw new Error('too late to matter'); });
      const started = Date.now();
      const failure = await withDeadline(slow, 50, () => new Error('no answer within 50 ms')).catch((error) => error);
      expect(failure.message).to.equal('no answer within 50 ms');
      expect(Date.now() - started).to.be.below(150);
      await after(250);
      expect(unhandled).to.equal(0);
    } finally {
      process.off('unhandledRejection', count);
    }
  });
});
