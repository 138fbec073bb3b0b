// Drives a function with a number of concurrent workers for a while and reports latency percentiles and throughput.

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

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

/** Warms up for `warmupMs`, then measures for `durationMs` with `concurrency` workers calling `call` back to back. */
export async function drive(call: Call, { concurrency, warmupMs, durationMs }: { concurrency: number; warmupMs: number; durationMs: number }): Promise<LoadFigures> {
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let sized = 0;
  const warmEnd = performance.now() + warmupMs;
  const end = warmEnd + durationMs;
  const worker = async (id: number) => {
    for (let iteration = 0; performance.now() < end; iteration += 1) {
      const started = performance.now();
      try {
        const size = await call(id, iteration);
        if (started >= warmEnd) {
          latencies.push(performance.now() - started);
          if (typeof size === 'number') { bytes += size; sized += 1; }
        }
      } catch {
        if (started >= warmEnd) errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, id) => worker(id)));
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
