// Drives functions with a number of concurrent workers and reports latency percentiles and throughput, several
// functions in alternating slices so that a machine whose load drifts during the run weighs on each of them alike.

export interface LoadFigures {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Mean size of an answer's body as sent (compressed when it was), in bytes; absent for the driver. */
  bytes?: number;
}

export type Call = (worker: number, iteration: number) => Promise<number | void>;

export interface AlternatingRun {
  concurrency: number;
  /** Each function is first driven alone this long, unmeasured. */
  warmupMs: number;
  /** Measured time per function, split into `slices` turns taken in rotation. */
  durationMs: number;
  slices: number;
}

/** What one function's measured turns gathered. */
interface Tally {
  latencies: number[];
  errors: number;
  bytes: number;
  sized: number;
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

/** `concurrency` workers call `call` back to back for `ms`; with a tally, what they measured is added to it. */
async function turn(call: Call, concurrency: number, ms: number, tally?: Tally): Promise<void> {
  const end = performance.now() + ms;
  let iteration = 0;
  const worker = async (id: number) => {
    while (performance.now() < end) {
      const started = performance.now();
      try {
        const size = await call(id, iteration++);
        if (!tally) continue;
        tally.latencies.push(performance.now() - started);
        if (typeof size === 'number') { tally.bytes += size; tally.sized += 1; }
      } catch {
        if (tally) tally.errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, id) => worker(id)));
}

/**
 * Warms each function up, then drives them in turns (A B C, then B C A, …) for `durationMs` each in all, and gives
 * each one's figures under its name.
 */
export async function driveAlternately(
  calls: Record<string, Call>, { concurrency, warmupMs, durationMs, slices }: AlternatingRun,
): Promise<Record<string, LoadFigures | undefined>> {
  const names = Object.keys(calls);
  const tallies = new Map(names.map((name) => [name, { latencies: [], errors: 0, bytes: 0, sized: 0 } as Tally]));
  for (const name of names) await turn(calls[name], concurrency, warmupMs);
  for (let slice = 0; slice < slices; slice += 1) {
    for (let step = 0; step < names.length; step += 1) {
      const name = names[(slice + step) % names.length];
      await turn(calls[name], concurrency, durationMs / slices, tallies.get(name));
    }
  }
  return Object.fromEntries(names.map((name) => [name, figuresOf(tallies.get(name)!, durationMs)]));
}

function figuresOf({ latencies, errors, bytes, sized }: Tally, durationMs: number): LoadFigures {
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    perSecond: latencies.length / (durationMs / 1000),
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    ...(sized > 0 ? { bytes: bytes / sized } : {}),
  };
}
