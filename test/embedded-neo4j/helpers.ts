// What the embedded-Neo4j tests share: throw-away folders, quiet starts, one-value queries, and bounded waiting.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import { EmbeddedNeo4j, startEmbeddedNeo4j, StartOptions } from '../../server/embedded-neo4j/start';

export function makeTempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'whosaid-embedded-neo4j-test-'));
}

export function removeDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

/** Starts without progress lines, with the small, quick-starting settings the test fixture also uses. */
export function startQuietly(options: StartOptions): Promise<EmbeddedNeo4j> {
  return startEmbeddedNeo4j({ heapMiB: 512, pageCacheMiB: 64, quickJit: true, log: () => undefined, ...options });
}

/** Runs one statement in its own connection and returns the first column of the first row, if any. */
export async function queryOne(
  db: Pick<EmbeddedNeo4j, 'uri' | 'user' | 'password'>,
  cypher: string,
  parameters: Record<string, unknown> = {},
): Promise<unknown> {
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password));
  try {
    const { records } = await driver.executeQuery(cypher, parameters);
    return records[0]?.get(0);
  } finally {
    await driver.close();
  }
}

/** Polls until `condition` holds or `timeoutMs` has passed; says which. */
export async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
  return true;
}
