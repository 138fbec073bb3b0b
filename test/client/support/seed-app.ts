// The real app on the test Neo4j with the seed articles loaded by the real loader, for the workspace's browser tests.
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import type { Server } from 'node:http';
import { createApp } from '../../../server/api/app';
import { connectDatabase, type Database } from '../../../server/graph/database';
import { applySchema } from '../../../server/graph/schema';
import { loadSeedCorpus } from '../../../server/load/seed';
import { clearDatabase, testNeo4jSettings } from '../../support/database';
import { RELAXED_CONNECT, RELAXED_LIMITS } from '../../support/limits';
import { buildClient, launchBrowser, SCREENSHOT_DIR } from './browser';

export interface SeedApp {
  url: string;
  db: Database;
  stop(): Promise<void>;
}

export async function startSeedApp(): Promise<SeedApp> {
  const db = connectDatabase(testNeo4jSettings(), RELAXED_CONNECT);
  await applySchema(db);
  await clearDatabase();
  await loadSeedCorpus(db, { onProgress: () => undefined });
  const quiet = { info: () => undefined, error: () => undefined };
  const server: Server = createApp({ db, logger: quiet, limits: RELAXED_LIMITS }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    db,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await db.close();
    },
  };
}

/** Mocha hooks for a suite of browser tests on the seed app: built client, app, and one Chromium, all stopped after. */
export function useSeedApp(): { app(): SeedApp; browser(): Browser } {
  let app: SeedApp | undefined;
  let browser: Browser | undefined;
  before(async function () {
    this.timeout(300_000);
    buildClient();
    app = await startSeedApp();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
  });
  return { app: () => app as SeedApp, browser: () => browser as Browser };
}
