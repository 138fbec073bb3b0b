// The real app on the seed articles, listening on a free port, and a Chromium to open it with: what explorer tests start from.
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { createApp } from '../../../server/api/app';
import type { AnalystLimits } from '../../../server/use-cases/analyst-limits';
import type { Database } from '../../../server/graph/database';
import { warmUp } from '../../../server/warm-up';
import { RELAXED_LIMITS } from '../../support/limits';
import { seededDatabase } from '../../support/seeded-database';
import { buildClient, launchBrowser, SCREENSHOT_DIR } from './browser';

export interface SeededExplorer {
  db: Database;
  browser: Browser;
  /** The explorer's address, ending in "/". */
  url: string;
  stop(): Promise<void>;
}

/** `analyst` changes the bounds of analysts' queries (a short time limit, to see a timeout). */
export async function startSeededExplorer({ analyst }: { analyst?: Partial<AnalystLimits> } = {}): Promise<SeededExplorer> {
  buildClient();
  const db = await seededDatabase();
  const quiet = { info: () => undefined, error: () => undefined };
  const server: Server = createApp({ db, logger: quiet, limits: RELAXED_LIMITS, analyst }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  // As `npm start` does: the overview and the opening canvas (laid out on the server) are ready before the first page.
  await warmUp(url.slice(0, -1));
  const browser = await launchBrowser();
  return {
    db,
    browser,
    url,
    async stop() {
      await browser.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await db.close();
    },
  };
}

/** Mocha hooks for a suite on the seeded explorer: started before the suite, stopped after it. */
export function useSeededExplorer(options: { analyst?: Partial<AnalystLimits> } = {}): () => SeededExplorer {
  let explorer: SeededExplorer | undefined;
  before(async function () {
    this.timeout(300_000);
    explorer = await startSeededExplorer(options);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });
  after(() => explorer?.stop());
  return () => explorer as SeededExplorer;
}
