// Analysts' queries share a few slots, held until Neo4j lets go; an answer never waits past its deadline.
import { expect } from 'chai';
import { QueryCapacityError, QueryTimeoutError } from '../../server/errors';
import { withinDeadline } from '../../server/use-cases/deadline';
import { QuerySlots } from '../../server/use-cases/query-slots';

/** A promise and the function that settles it, standing for a query Neo4j is still running. */
function pending<T>(): { promise: Promise<T>; settle: (value: T) => void } {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((resolve) => { settle = resolve; });
  return { promise, settle };
}

describe('use-cases/query-slots', () => {
  it('When every slot is held, then the next query waits and starts as soon as one is given back', async () => {
    const slots = new QuerySlots(1, 1_000);
    const first = pending<string>();
    const { result } = await slots.start(() => first.promise);
    let secondStarted = false;
    const second = slots.start(async () => { secondStarted = true; return 'second'; });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(secondStarted).to.equal(false);
    first.settle('first');
    expect(await result).to.equal('first');
    expect(await (await second).result).to.equal('second');
  });

  it('When the slots stay held past the wait, then the query is refused with a QueryCapacityError (503)', async () => {
    const slots = new QuerySlots(1, 30);
    await slots.start(() => pending<void>().promise);
    const refused = await slots.start(async () => undefined).then(() => null, (error: unknown) => error);
    expect(refused).to.be.instanceOf(QueryCapacityError);
    expect((refused as QueryCapacityError).status).to.equal(503);
    expect((refused as Error).message).to.match(/all 1 query slots stayed busy for 30 ms/);
  });

  it('When the answer gave up on a query, then its slot stays held until the query really ends', async () => {
    const slots = new QuerySlots(1, 1_000);
    const runaway = pending<string>();
    const { result } = await slots.start(() => runaway.promise);
    const answer = await withinDeadline(result, 20).then(() => null, (error: unknown) => error);
    expect(answer).to.be.instanceOf(QueryTimeoutError);
    expect((answer as QueryTimeoutError).status).to.equal(504);
    let nextStarted = false;
    const next = slots.start(async () => { nextStarted = true; });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(nextStarted).to.equal(false);
    runaway.settle('done at last');
    await (await next).result;
    expect(nextStarted).to.equal(true);
  });

  it('When the query ends before the deadline, then its own result is the answer', async () => {
    expect(await withinDeadline(Promise.resolve(7), 1_000)).to.equal(7);
  });
});
