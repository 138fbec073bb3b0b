// The analyst's panels end to end in headless Chromium on the seed articles: the Cypher console (answers on the canvas
// and in a table, errors with line and column, refusals), a saved question run from its parameter form, and the
// analytics overlay with its key, undo and off switch.
import { expect } from 'chai';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { cspViolations, openExplorer, SCREENSHOT_DIR } from './support/browser';
import { waitForIdle } from './support/canvas';
import { useSeededExplorer } from './support/seeded-explorer';

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOT_DIR, `analyst-${name}.png`) });
const canvasIds = (page: Page) => page.evaluate(() => window.whosaid.cy?.nodes().map((node) => node.id()) ?? []);

/**
 * Types the query over the editor's text, as an analyst does (Escape closes a completion before each new line), then
 * runs it with Ctrl+Enter, and waits for the answer.
 */
async function runQuery(page: Page, query: string): Promise<string> {
  await page.click('.cypher-editor .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  for (const [index, line] of query.split('\n').entries()) {
    if (index > 0) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Enter');
    }
    await page.keyboard.type(line);
  }
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Enter');
  await page.waitForSelector('.analyst-result [data-result]', { timeout: 60_000 });
  await waitForIdle(page);
  return String(await page.getAttribute('.analyst-result [data-result]', 'data-result'));
}

describe('The analyst\'s panels on the seed articles', function () {
  this.timeout(300_000);
  const seed = useSeededExplorer();
  let page: Page;

  before(async () => {
    page = await openExplorer(seed().browser, seed().url);
    await waitForIdle(page);
    // From an empty canvas, so that what the answers add is plain to see.
    await page.click('#clear');
    await page.click('#analyst-toggle');
  });

  it('When a Cypher query is run with Ctrl+Enter, then its rows fill a table and its nodes join the canvas', async () => {
    // The editor arrives in its own chunk when the sidebar first opens; the Cypher mode colours its keywords.
    await page.waitForSelector('.cypher-editor .cm-content');
    await page.waitForSelector('.cypher-editor .cm-keyword');
    const kind = await runQuery(page, 'MATCH (speaker:Person {name: "Dmitry Peskov"})-[:SAID]->(statement:Statement)\nRETURN speaker, statement LIMIT 5');
    expect(kind).to.equal('rows');
    const headers = await page.locator('.result-table th').allTextContents();
    expect(headers).to.deep.equal(['speaker', 'statement']);
    const first = await page.locator('.result-table tbody tr').first().locator('td').allTextContents();
    expect(first[0]).to.equal('Dmitry Peskov');
    const ids = await canvasIds(page);
    expect(ids).to.include('person:dmitry peskov');
    expect(ids.filter((id) => id.includes(':s') || id.includes('statement')).length).to.be.above(0);
    expect(await page.textContent('.result-summary')).to.match(/rows? · \d+ graph nodes: \d+ added to the canvas/);
    await shot(page, 'cypher-result');
  });

  it('When the query has a syntax error, then the error names its line and column and points at it', async () => {
    const nodesBefore = (await canvasIds(page)).length;
    const kind = await runQuery(page, 'MATCH (p:Person)\nRETURN p.name AS name,\nLIMIT 3');
    expect(kind).to.equal('syntax');
    expect(await page.textContent('.result-title')).to.match(/^Error at line 3, column \d+$/);
    expect(await page.textContent('.result-caret')).to.match(/^\s*LIMIT 3\n *\^$/);
    expect((await canvasIds(page)).length).to.equal(nodesBefore);
    await shot(page, 'cypher-error');
  });

  it('When the query would write, then it is refused plainly and nothing changes', async () => {
    const kind = await runQuery(page, 'CREATE (n:Person {name: "Nobody"}) RETURN n');
    expect(kind).to.equal('refused');
    expect(await page.textContent('.result-title')).to.match(/^Refused \(\w[\w-]*\): this console only reads$/);
    expect(await cspViolations(page)).to.deep.equal([]);
  });

  it('When a saved question is run with a parameter typed in its form, then its answer is a table and its path is on the canvas', async () => {
    await page.click('[data-tab=questions]');
    await page.click('[data-question-title=shortest-path]');
    const field = page.locator('[data-question=shortest-path] [data-param=to]');
    expect(await field.inputValue()).to.equal('Lyman');
    await field.fill('Kherson');
    expect(await canvasIds(page)).to.not.include('place:kherson');
    await page.click('[data-question-run=shortest-path]');
    await page.waitForSelector('.analyst-result [data-result]', { timeout: 60_000 });
    await waitForIdle(page);
    expect(await page.getAttribute('.analyst-result [data-result]', 'data-result')).to.equal('rows');
    expect(await page.locator('.result-table th').allTextContents()).to.deep.equal(['steps', 'hops', 'path']);
    const steps = await page.textContent('.result-table tbody tr td:first-child');
    expect(steps).to.match(/^Dmitry Peskov, .*, Kherson$/);
    expect(await canvasIds(page)).to.include.members(['person:dmitry peskov', 'place:kherson']);
    await shot(page, 'question-result');
  });

  it('When a parameter does not fit its type, then the form says which, and nothing is asked of the server', async () => {
    await page.click('[data-question-title=most-quoted]');
    await page.fill('[data-question=most-quoted] [data-param=top]', '2.5');
    await page.click('[data-question-run=most-quoted]');
    await page.waitForSelector('.analyst-result [data-result=failed]');
    expect(await page.textContent('.result-message')).to.equal('top must be a whole number, not "2.5"');
  });

  it('When the analytics overlay sizes by PageRank, then entities are sized and coloured with a key, undo takes it back, and Off clears it', async () => {
    // The seed's whole graph, as the explorer opens it: entities enough to score.
    page = await openExplorer(seed().browser, seed().url);
    await waitForIdle(page);
    const marked = () => page.evaluate(() => window.whosaid.cy?.nodes('[overlaySize]').length ?? 0);
    expect(await marked()).to.equal(0);
    expect(await page.isVisible('#overlay-measure')).to.equal(false);
    await page.click('[data-overlay=toggle]');
    await page.selectOption('#overlay-measure', 'pagerank');
    await page.waitForSelector('[data-overlay=key] li', { timeout: 60_000 });
    const painted = await page.evaluate(() => window.whosaid.cy?.nodes('[overlaySize]').map((node) => ({
      id: node.id(), size: Number(node.data('overlaySize')), width: node.width(), colour: String(node.data('overlayColour')),
    })) ?? []);
    expect(painted.length).to.be.above(1);
    // The canvas draws what the marks say, and the scores make a difference.
    for (const node of painted) expect(node.width, node.id).to.equal(node.size);
    expect(new Set(painted.map((node) => node.size)).size).to.be.above(1);
    const colours = new Set(painted.map((node) => node.colour));
    expect(await page.locator('[data-overlay=key] li').count()).to.equal(Math.min(colours.size, 10));
    expect(await page.textContent('#graph-status')).to.match(/^Analytics: \d+ entities sized by PageRank/);
    await shot(page, 'analytics-overlay');

    await page.click('#undo');
    expect(await marked()).to.equal(0);
    await page.click('#redo');
    expect(await marked()).to.equal(painted.length);
    await page.click('[data-overlay=off]');
    expect(await marked()).to.equal(0);
    expect(await page.inputValue('#overlay-measure')).to.equal('off');
    expect(await page.locator('[data-overlay=key] li').count()).to.equal(0);
    expect(await cspViolations(page)).to.deep.equal([]);
  });

  it('When the analyst shares a permalink with the overlay on, then the link opens with the same entities sized and coloured alike', async () => {
    page = await openExplorer(seed().browser, seed().url);
    await waitForIdle(page);
    await page.click('[data-overlay=toggle]');
    await page.selectOption('#overlay-scope', 'graph');
    await page.selectOption('#overlay-measure', 'degree');
    await page.waitForSelector('[data-overlay=key] li', { timeout: 60_000 });
    const marks = (on: Page) => on.evaluate(() => window.whosaid.cy?.nodes('[overlaySize]')
      .map((node) => `${node.id()} ${node.data('overlaySize')} ${node.data('overlayColour')}`).sort() ?? []);
    const painted = await marks(page);
    expect(painted.length).to.be.above(1);
    // The address follows the workspace a moment after it changes.
    const overlayInLink = () => JSON.parse(atob(location.hash.slice(3).replace(/-/g, '+').replace(/_/g, '/'))).a !== undefined;
    await page.waitForFunction(overlayInLink);
    // The scores are held back: the reopened workspace must open without them, and its address keep the overlay meanwhile.
    const reopened = await seed().browser.newPage({ viewport: { width: 1440, height: 900 } });
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await reopened.route('**/api/analytics**', async (route) => {
      await held;
      await route.continue();
    });
    await reopened.goto(page.url());
    await reopened.waitForFunction(() => window.whosaid?.state === 'ready', null, { timeout: 60_000 });
    await waitForIdle(reopened);
    await reopened.waitForTimeout(600);
    expect(await reopened.evaluate(overlayInLink)).to.equal(true);
    expect(await marks(reopened)).to.deep.equal([]);
    release();
    await reopened.waitForFunction(() => (window.whosaid.cy?.nodes('[overlaySize]').length ?? 0) > 0, null, { timeout: 60_000 });
    expect(await marks(reopened)).to.deep.equal(painted);
    expect(await reopened.inputValue('#overlay-measure')).to.equal('degree');
    expect(await reopened.inputValue('#overlay-scope')).to.equal('graph');
    expect(await reopened.locator('[data-overlay=key] li').count()).to.be.above(0);
    await shot(reopened, 'analytics-overlay-permalink');
    await reopened.close();
  });
});

describe('The Cypher console when a query runs too long', function () {
  this.timeout(300_000);
  // A time limit that a query over billions of combinations of nodes cannot meet, on any machine.
  const seed = useSeededExplorer({ analyst: { timeoutMs: 300 } });

  it('When the query runs past the time limit, then the console says it was stopped, in plain words', async () => {
    const page = await openExplorer(seed().browser, seed().url);
    await waitForIdle(page);
    await page.click('#analyst-toggle');
    const kind = await runQuery(page, 'MATCH (a), (b), (c), (d) WHERE a.name < b.name AND c.name < d.name RETURN count(*) AS n');
    expect(kind).to.equal('timeout');
    expect(await page.textContent('.result-title')).to.equal('Timed out: the query ran past its time limit and was stopped');
    expect(await page.isEnabled('[data-cypher=run]')).to.equal(true);
    await shot(page, 'cypher-timeout');
  });
});
