// A web page of another origin, in headless Chromium, trying the embedded Neo4j's Bolt port over WebSocket.
//
// Bolt answers WebSocket connections on its own port, so any page a user opens can reach it; only authentication
// stands between that page and the database. The page uses Neo4j's own browser driver, as an attacker would.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../client/support/browser';
import { testDriver, testNeo4jSettings } from '../support/database';
import { untilLoginWorks } from './bolt-login';

const BROWSER_DRIVER = readFileSync(require.resolve('neo4j-driver/lib/browser/neo4j-web.min.js'), 'utf8');
const ATTACKER_PAGE = '<!doctype html><title>evil</title><script src="/neo4j-web.min.js"></script>';

interface Attempt { what: string; code?: string; message?: string; wrote: boolean }

describe('Security: a page of another origin trying the Bolt WebSocket', function () {
  this.timeout(120_000);
  let browser: Browser;
  let attacker: Server;
  let attackerUrl: string;

  before(async () => {
    attacker = createServer((req, res) => {
      const script = req.url === '/neo4j-web.min.js';
      res.writeHead(200, { 'content-type': script ? 'text/javascript' : 'text/html' }).end(script ? BROWSER_DRIVER : ATTACKER_PAGE);
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => attacker.once('listening', resolve));
    // "localhost" rather than 127.0.0.1: another origin than Bolt's own address, as a foreign site would be.
    attackerUrl = `http://localhost:${(attacker.address() as AddressInfo).port}/`;
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await new Promise((resolve) => attacker.close(resolve));
    await untilLoginWorks();
  });

  it('When the page connects without, with the factory or with a guessed password, then every try is refused and nothing is written', async () => {
    const page = await browser.newPage();
    await page.goto(attackerUrl);
    const boltUri = testNeo4jSettings().uri;
    const attempts: Attempt[] = await page.evaluate(async (uri) => {
      const { driver, auth } = (window as any).neo4j;
      const tries: [string, unknown][] = [
        ['no credentials', undefined],
        ['empty password', auth.basic('neo4j', '')],
        ['factory password', auth.basic('neo4j', 'neo4j')],
        ['guessed password', auth.basic('neo4j', 'password')],
      ];
      const results = [];
      for (const [what, token] of tries) {
        const session = driver(uri, token);
        try {
          await session.executeQuery("CREATE (:Pwned {by: 'a web page'})");
          results.push({ what, wrote: true });
        } catch (error: any) {
          results.push({ what, code: error.code, message: String(error.message).slice(0, 200), wrote: false });
        } finally {
          await session.close();
        }
        // Three failed logins in a row lock the user for 5 s; waiting keeps each try a real password check.
        await new Promise((resolve) => setTimeout(resolve, 6_000));
      }
      return results;
    }, boltUri);
    for (const attempt of attempts) process.stdout.write(`      ${attempt.what}: ${attempt.code} ${attempt.message}\n`);
    expect(attempts).to.have.length(4);
    for (const attempt of attempts) {
      expect(attempt.wrote, attempt.what).to.equal(false);
      expect(attempt.code, attempt.what).to.equal('Neo.ClientError.Security.Unauthorized');
    }
    await untilLoginWorks();
    const { records } = await testDriver().executeQuery('MATCH (n:Pwned) RETURN count(n) AS n');
    expect(records[0].get('n').toNumber()).to.equal(0);
  });
});
