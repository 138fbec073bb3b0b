// Bounds how many analysts' queries Neo4j runs at once; a slot is given back only when Neo4j lets go of the query.
import { QueryCapacityError } from '../errors';

/**
 * Neo4j checks a query's time limit between rows, so a single expression that loops (a reduce() over a long
 * list) can keep running after the API has answered 504. Its slot stays taken until Neo4j really returns, so
 * such queries cannot pile up: once every slot is held, new queries wait, and past `waitMs` are refused (503).
 */
export class QuerySlots {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly size: number, private readonly waitMs: number) {}

  /**
   * Starts `work` once a slot is free and hands back its promise, wrapped so that awaiting this call waits for the
   * slot only: the caller may stop waiting for `result` (a deadline), and the slot stays held until it settles.
   */
  async start<T>(work: () => Promise<T>): Promise<{ result: Promise<T> }> {
    await this.acquire();
    const result = work();
    result.then(() => this.release(), () => this.release());
    return { result };
  }

  private acquire(): Promise<void> {
    if (this.running < this.size) {
      this.running += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer);
        this.running += 1;
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(grant), 1);
        reject(new QueryCapacityError(`cypher: all ${this.size} query slots stayed busy for ${this.waitMs} ms; try again later`));
      }, this.waitMs);
      this.waiting.push(grant);
    });
  }

  private release(): void {
    this.running -= 1;
    this.waiting.shift()?.();
  }
}
