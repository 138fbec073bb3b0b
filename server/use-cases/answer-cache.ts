// Keeps the answers of read routes, serialized, until the graph changes: a repeated question costs no query.
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import type { Database } from '../graph/database';
import { readGraphVersion } from '../graph/graph-version';

export interface AnswerCacheSettings {
  /** ANSWER_CACHE: bytes of serialized answers kept (0 keeps none). */
  maxBytes: number;
  /**
   * ANSWER_CACHE_RECHECK_MS: how long a reading of the graph's version (counts and the latest load) is trusted.
   * Writes made through this server drop every answer at once; articles loaded and nodes or relationships added or
   * removed elsewhere (the ingest CLI, Bolt) are seen within this time.
   */
  recheckMs: number;
  /**
   * ANSWER_CACHE_MAX_AGE_MS: the longest an answer is kept. The version cannot see an edit in place made over Bolt
   * (a property changed, nothing added or removed), nor a cluster reader that lags the one the version came from;
   * such answers are given again for this long at most.
   */
  maxAgeMs: number;
}

export const DEFAULT_ANSWER_CACHE: AnswerCacheSettings = { maxBytes: 64 * 1024 * 1024, recheckMs: 1_000, maxAgeMs: 60_000 };

/** Larger answers (a whole big graph) are sent but not kept: one of them would push out thousands of small ones. */
const LARGEST_SHARE = 8;

/** Answers from this size on are also kept gzipped, as the compression middleware would send them (its threshold). */
export const GZIP_FROM_BYTES = 1024;

const gzipped = promisify(gzip);

export type CacheOutcome = 'hit' | 'miss' | 'off';

export interface Answer {
  /** The answer as JSON text, ready to send. */
  json: string;
  /** The same, gzipped, once a kept answer has been compressed: sent as it is to a client that accepts gzip. */
  gzip?: Buffer;
  cache: CacheOutcome;
}

interface Kept {
  json: string;
  gzip?: Buffer;
}

export interface AnswerCache {
  /** The answer kept for `key` on the graph as it is now, or `compute`'s (kept for next time). */
  answer(key: string, compute: () => Promise<unknown>): Promise<Answer>;
  /** The graph was changed through this server: forget every answer and read the version again. */
  changed(): void;
}

/** UTF-16 strings: two bytes a character is what they hold in memory. */
const sizeOf = ({ json, gzip: compressed }: Kept, key: string) => 2 * (json.length + key.length) + (compressed?.length ?? 0);

export function answerCache(db: Database, settings: AnswerCacheSettings = DEFAULT_ANSWER_CACHE): AnswerCache {
  if (settings.maxBytes <= 0) {
    return { answer: async (_key, compute) => ({ json: serialize(await compute()), cache: 'off' }), changed: () => undefined };
  }
  const largest = Math.floor(settings.maxBytes / LARGEST_SHARE);
  const kept = new LRUCache<string, Kept>({ maxSize: settings.maxBytes, maxEntrySize: largest, sizeCalculation: sizeOf, ttl: settings.maxAgeMs });
  // Requests for the same answer while it is computed share the one computation.
  const pending = new Map<string, Promise<string>>();
  let version: { value: Promise<string>; readAt: number } | null = null;
  let keptFor = '';
  // Moves on every change this server knows of: an answer whose computation began before a change is not kept.
  let generation = 0;

  function forgetAll(): void {
    kept.clear();
    pending.clear();
    generation += 1;
  }

  /** The graph's version, read again once the last reading is older than `recheckMs`; every answer goes when it moves. */
  async function currentVersion(): Promise<string> {
    const now = performance.now();
    if (!version || now - version.readAt >= settings.recheckMs) {
      const reading = { value: readGraphVersion(db), readAt: now };
      version = reading;
      reading.value.catch(() => {
        if (version === reading) version = null;
      });
    }
    const value = await version.value;
    if (value !== keptFor) {
      forgetAll();
      keptFor = value;
    }
    return value;
  }

  /** Keeps the answer, then its gzipped form once compressed (off the event loop), if it is still the one kept and fits. */
  function keep(key: string, json: string): void {
    kept.set(key, { json });
    if (json.length < GZIP_FROM_BYTES || !kept.has(key)) return;
    gzipped(json).then((compressed) => {
      const entry = { json, gzip: compressed };
      if (kept.peek(key)?.json === json && sizeOf(entry, key) <= largest) kept.set(key, entry, { noUpdateTTL: true });
    }, () => undefined);
  }

  return {
    async answer(key, compute) {
      const graphVersion = await currentVersion();
      const found = kept.get(key);
      if (found !== undefined) return { ...found, cache: 'hit' };
      let computing = pending.get(key);
      if (!computing) {
        const startedIn = generation;
        let keepable = true;
        computing = compute().then((value) => {
          keepable = !(typeof value === 'object' && value !== null && provisionalAnswers.has(value));
          return serialize(value);
        });
        pending.set(key, computing);
        const settle = () => {
          if (pending.get(key) === computing) pending.delete(key);
        };
        computing.then((json) => {
          // An answer computed while the graph moved on, or one its use case marked provisional, is sent but not kept.
          if (keepable && keptFor === graphVersion && generation === startedIn) keep(key, json);
          settle();
        }, settle);
      }
      return { json: await computing, cache: 'miss' };
    },
    changed() {
      forgetAll();
      version = null;
    },
  };
}

const provisionalAnswers = new WeakSet<object>();

/**
 * Marks an answer as good for this request only: a use case that answered with less than it will have soon (the whole
 * graph sent before its layout was ready) says so, and the next request computes it again rather than get it kept.
 */
export function provisional<T extends object>(answer: T): T {
  provisionalAnswers.add(answer);
  return answer;
}

/** A route that keeps its answers returns a value; one that wrote the response itself has no place here. */
function serialize(value: unknown): string {
  const json = JSON.stringify(value);
  if (typeof json !== 'string') throw new TypeError('answer cache: a cacheable route answered nothing to keep (it must return its payload)');
  return json;
}
