// The back-off between tries: a second, then doubling, never past the cap.
import { expect } from 'chai';
import { backoffDelay } from '../server/backoff';

describe('backoff', () => {
  it('should wait 1, 2, 4, 8 and 16 s, then 30 s at most for every later try', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map((attempt) => backoffDelay(attempt))).to.deep.equal([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  });

  it('should follow another start and cap when given them', () => {
    expect([1, 2, 3].map((attempt) => backoffDelay(attempt, { initialMs: 100, maxMs: 250 }))).to.deep.equal([100, 200, 250]);
  });
});
