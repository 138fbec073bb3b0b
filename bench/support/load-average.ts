// The machine's load average as the benchmarks print it beside their figures: what else ran on the cores moves every figure.
import { loadavg } from 'node:os';

/** "1.2 0.9 0.7": the 1, 5 and 15 minute load averages. */
export function loadAverage(): string {
  return loadavg().map((value) => value.toFixed(1)).join(' ');
}
