// A seeded random number generator (seedrandom), so that a layout that draws random starting positions is the same on
// every load.
import seedrandom from 'seedrandom';

/** The same seed always gives the same sequence of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  return seedrandom(String(seed));
}

/** A seed from the ids being laid out: the same canvas gets the same layout, another canvas another one. */
export function seedOf(ids: Iterable<string>): number {
  let hash = 2166136261;
  for (const id of [...ids].sort()) {
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  }
  return hash >>> 0;
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
