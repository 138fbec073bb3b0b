// Gives up waiting for a promise after a deadline, so that an answer never hangs on a query Neo4j does not stop.
import { QueryTimeoutError } from '../errors';

/** `result`, or a QueryTimeoutError once `ms` have passed; `result` itself runs on (its slot stays held). */
export function withinDeadline<T>(result: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new QueryTimeoutError(
      `cypher: the query ran past its time limit and Neo4j has not stopped it yet; the answer gave up after ${ms} ms`,
    )), ms);
  });
  return Promise.race([result, deadline]).finally(() => clearTimeout(timer));
}
