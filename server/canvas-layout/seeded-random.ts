// A seeded random number generator (seedrandom), so that a layout that draws random starting positions is the same on
// every load.
import seedrandom from 'seedrandom';

/** The same seed always gives the same sequence of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  return seedrandom(String(seed));
}

/**
 * Runs `work` with Math.random replaced by a seeded generator. fCoSE draws its starting positions from
 * Math.random and has no seed option; the layout runs synchronously, so the swap covers exactly its draws.
 */
export function withSeededRandom<T>(seed: number, work: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
