// Panning and zooming a large canvas: the picture on screen moves while the camera does and is drawn, as a view that
// never moved would be, once the camera rests; hover, selection, dragging a node and tapping an edge work at 5,000 nodes.
import { expect } from 'chai';
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { syntheticGraph } from '../../../bench/support/synthetic-graph';
import { graphServer, openGraph } from '../../../bench/support/view-page';
import { buildClient, launchBrowser, SCREENSHOT_DIR, VIEWPORT } from '../support/browser';

type Box = { x: number; y: number; width: number; height: number };

/** Pixels two screenshots of a region untouched by the canvas may differ by (see differingPixels). */
const SMOOTHING_PIXELS = 200;

describe('Panning and zooming a large canvas', function () {
  this.timeout(300_000);
  let browser: Browser;
  let large: { url: string; close(): void };
  let small: { url: string; close(): void };

  before(async () => {
    buildClient();
    browser = await launchBrowser();
    large = await graphServer(syntheticGraph(5_000));
    small = await graphServer(syntheticGraph(300));
  });

  after(async () => {
    large.close();
    small.close();
    await browser.close();
  });

  /** The explorer on a served graph in a context of its own, with the canvas's renders counted. */
  async function open(url: string): Promise<{ page: Page; close(): Promise<void> }> {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await openGraph(context, url, 'canvas');
    await page.evaluate(() => {
      const counted = window as unknown as { renders: number };
      counted.renders = 0;
      window.whosaid.cy!.on('render', () => void (counted.renders += 1));
    });
    await rested(page);
    return { page, close: () => context.close() };
  }

  const renders = (page: Page) => page.evaluate(() => (window as unknown as { renders: number }).renders);
  const transform = (page: Page) => page.evaluate(() => window.whosaid.cy!.container()!.querySelector('canvas')!.style.transform);
  const canvasBox = (page: Page): Promise<Box> => page.evaluate(() => {
    const rect = window.whosaid.cy!.container()!.getBoundingClientRect();
    return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
  });
  /**
   * How many pixels differ between two screenshots of one region, decoded by the page. Chromium may smooth the edges of
   * rounded controls next to a canvas differently once the canvas moves on a layer of its own (a few dozen pixels at
   * their corners); a moved picture spilling over the region would change thousands.
   */
  const differingPixels = (page: Page, before: Buffer, after: Buffer) => page.evaluate(async ([a, b]) => {
    const pixels = async (base64: string) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    };
    const [first, second] = [await pixels(a), await pixels(b)];
    if (first.length !== second.length) return Infinity;
    let differing = 0;
    for (let i = 0; i < first.length; i += 4) {
      if (first[i] !== second[i] || first[i + 1] !== second[i + 1] || first[i + 2] !== second[i + 2]) differing += 1;
    }
    return differing;
  }, [before.toString('base64'), after.toString('base64')] as const);
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOT_DIR, `camera-glide-${name}.png`) });

  /** Waits until the camera has rested and the canvas has been drawn for where it stopped (two frames later). */
  async function rested(page: Page) {
    await page.waitForFunction(() => window.whosaid.view?.gliding() === false && window.whosaid.cy?.animated() === false, null, { timeout: 30_000 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }

  /** Drags the background from an empty spot near the canvas's top left corner by a third of its width. */
  async function dragBackground(page: Page, box: Box, { release = true } = {}) {
    await page.mouse.move(box.x + 4, box.y + 4);
    await page.mouse.down();
    await page.mouse.move(box.x + 4 + box.width / 3, box.y + 4 + box.height / 4, { steps: 12 });
    if (release) await page.mouse.up();
  }

  /**
   * The drawn picture, as the mean brightness of 16-pixel cells of every canvas layer: two drawings of one view agree
   * to a few levels (Cytoscape may draw an element from a texture of another scale), a moved picture does not.
   */
  const picture = (page: Page) => page.evaluate(() => {
    const cells: number[] = [];
    for (const canvas of Array.from(window.whosaid.cy!.container()!.querySelectorAll('canvas'))) {
      const { width, height } = canvas;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
      for (let y = 0; y + 16 <= height; y += 16) {
        for (let x = 0; x + 16 <= width; x += 16) {
          let sum = 0;
          for (let dy = 0; dy < 16; dy++) for (let dx = 0; dx < 16; dx++) {
            const at = 4 * ((y + dy) * width + x + dx);
            sum += (pixels[at] + pixels[at + 1] + pixels[at + 2]) * pixels[at + 3] / 255 / 3;
          }
          cells.push(sum / 256);
        }
      }
    }
    return cells;
  });
  const largestDifference = (a: number[], b: number[]) => Math.max(...a.map((value, i) => Math.abs(value - b[i])));

  it('When the background is dragged and the wheel turned, then nothing is drawn until the camera rests, the picture moving meanwhile', async () => {
    const { page, close } = await open(large.url);
    try {
      // What the page saw: each gesture step and each drawing, with whether the picture was gliding then.
      await page.evaluate(() => {
        const seen = { stepsGliding: 0, drawnGliding: 0, zoomTransforms: [] as string[] };
        (window as unknown as { seen: typeof seen }).seen = seen;
        const cy = window.whosaid.cy!;
        const layers = cy.container()!.querySelector('canvas')!;
        cy.on('dragpan scrollzoom', (event) => {
          if (window.whosaid.view!.gliding()) seen.stepsGliding += 1;
          if (event.type === 'scrollzoom') seen.zoomTransforms.push(layers.style.transform);
        });
        cy.on('render', () => void (seen.drawnGliding += window.whosaid.view!.gliding() ? 1 : 0));
      });
      const seen = () => page.evaluate(() => (window as unknown as { seen: { stepsGliding: number; drawnGliding: number; zoomTransforms: string[] } }).seen);
      const box = await canvasBox(page);
      // The page beside the canvas: the panel, the time strip and the legend below it.
      const beside = { x: 0, y: box.y + box.height, width: VIEWPORT.width, height: VIEWPORT.height - box.y - box.height };
      const besideBefore = await page.screenshot({ clip: beside });
      const panelBefore = await page.locator('#panel').screenshot();
      await dragBackground(page, box, { release: false });
      // The button still held, the glide goes on whatever the time: the picture is moved, not drawn.
      expect(await page.evaluate(() => window.whosaid.view!.gliding())).to.equal(true);
      expect(await transform(page)).to.match(/^translate\(/);
      await shot(page, 'during-pan');
      // The moved picture stays inside the canvas: nothing of it covers the page around.
      expect(await differingPixels(page, besideBefore, await page.screenshot({ clip: beside })), 'the page below the canvas unchanged').to.be.below(SMOOTHING_PIXELS);
      expect(await differingPixels(page, panelBefore, await page.locator('#panel').screenshot()), 'the panel unchanged').to.be.below(SMOOTHING_PIXELS);
      await page.mouse.up();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -100);
      await page.waitForFunction(() => (window as unknown as { seen: { zoomTransforms: string[] } }).seen.zoomTransforms.length === 3);
      await shot(page, 'during-zoom');
      await rested(page);
      const { stepsGliding, drawnGliding, zoomTransforms } = await seen();
      expect(stepsGliding, 'pan and zoom steps taken while the picture glided').to.be.greaterThan(10);
      expect(drawnGliding, 'drawings while the picture glided').to.equal(0);
      for (const moved of zoomTransforms) expect(moved).to.match(/scale\((?!1\))/);
      expect(await transform(page)).to.equal('');
      await shot(page, 'rested');
    } finally {
      await close();
    }
  });

  it('When the camera rests after panning and zooming, then the canvas is drawn as a view that never moved is', async () => {
    const moved = await open(large.url);
    const still = await open(large.url);
    try {
      const box = await canvasBox(moved.page);
      await dragBackground(moved.page, box);
      await moved.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      for (let i = 0; i < 3; i++) await moved.page.mouse.wheel(0, -100);
      await moved.page.mouse.wheel(0, 100);
      // The pointer leaves the canvas, so that no node is hovered in either view.
      await moved.page.mouse.move(1, 1);
      await rested(moved.page);
      const viewport = await moved.page.evaluate(() => ({ zoom: window.whosaid.cy!.zoom(), pan: window.whosaid.cy!.pan() }));
      const unmoved = await picture(still.page);
      await still.page.evaluate((camera) => window.whosaid.cy!.viewport(camera), viewport);
      await still.page.waitForTimeout(400);
      await rested(still.page);
      const [got, expected] = [await picture(moved.page), await picture(still.page)];
      await shot(moved.page, 'panned-zoomed');
      await shot(still.page, 'never-moved');
      expect(await transform(moved.page)).to.equal('');
      expect(got.length).to.equal(expected.length);
      // The measure tells a moved picture from the same one: the still view before its camera was set differs widely.
      expect(largestDifference(unmoved, expected)).to.be.greaterThan(40);
      expect(largestDifference(got, expected)).to.be.lessThan(6);
    } finally {
      await moved.close();
      await still.close();
    }
  });

  /** A node with no other within `room` model units, zoomed to `zoom` at the canvas's centre, and where it is on the page. */
  const isolatedNode = (page: Page, room: number, zoom: number) => page.evaluate(({ room, zoom }) => {
    const cy = window.whosaid.cy!;
    const nodes = cy.nodes().map((n) => ({ id: n.id(), ...n.position() }));
    const alone = nodes.find((a) => nodes.every((b) => a === b || Math.hypot(a.x - b.x, a.y - b.y) > room))!;
    const node = cy.getElementById(alone.id);
    cy.viewport({ zoom, pan: { x: cy.width() / 2 - alone.x * zoom, y: cy.height() / 2 - alone.y * zoom } });
    const frame = cy.container()!.getBoundingClientRect();
    const at = node.renderedPosition();
    return { id: alone.id, x: frame.x + at.x, y: frame.y + at.y };
  }, { room, zoom });

  /** Pointer moves that reached the page's document, trusted (the analyst's) or replayed, from now on. */
  const watchMoves = (page: Page) => page.evaluate(() => {
    const seen: boolean[] = [];
    (window as unknown as { moves: boolean[] }).moves = seen;
    document.addEventListener('mousemove', (event) => void seen.push(event.isTrusted), true);
  });
  const moves = (page: Page) => page.evaluate(() => (window as unknown as { moves: boolean[] }).moves.splice(0));

  it('When the pointer comes onto a node while the picture glides, then the node is hovered once the camera rests', async () => {
    const { page, close } = await open(large.url);
    try {
      const node = await isolatedNode(page, 60, 2);
      await rested(page);
      const box = await canvasBox(page);
      await watchMoves(page);
      // The wheel turned at the canvas's centre (the node, which stays under the pointer), then the pointer moved just
      // off it and back while the picture glides: those moves wait for the rest, and the last is played then. On a
      // loaded machine the rest may come before the pointer moves: then the gesture is tried again.
      let held = false;
      for (let attempt = 0; attempt < 3 && !held; attempt++) {
        await page.mouse.move(box.x + 4, box.y + 4);
        await rested(page);
        await moves(page);
        await page.mouse.move(node.x, node.y + 30);
        await page.mouse.wheel(0, -100);
        // A wheel event is handled when the page gets to it: the pointer moves once the picture glides.
        await page.waitForFunction(() => window.whosaid.view!.gliding());
        await moves(page);
        await page.mouse.move(node.x, node.y);
        held = (await page.evaluate(() => window.whosaid.view!.gliding())) && !(await moves(page)).includes(true);
        await page.mouse.wheel(0, 100);
        await rested(page);
      }
      expect(held, 'a pointer move held back while the picture glided').to.equal(true);
      expect(await moves(page), 'the held move, played again at the rest').to.include(false);
      await page.waitForFunction((id) => window.whosaid.cy!.getElementById(id).hasClass('hover'), node.id, { timeout: 10_000 });
    } finally {
      await close();
    }
  });

  it('When a press ends without a mouseup (a drag and drop, a context menu), then the next glide still ends when the camera rests', async () => {
    const { page, close } = await open(large.url);
    try {
      // A press the page saw, whose release went elsewhere: a drag and drop of text ends in dragend, a menu takes the mouseup.
      for (const ending of ['dragend', 'contextmenu', 'blur']) {
        const started = await page.evaluate((type) => {
          window.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
          window.dispatchEvent(new Event(type));
          // A camera gesture as Cytoscape announces it, with no button held by anyone.
          window.whosaid.cy!.emit('scrollzoom');
          return window.whosaid.view!.gliding();
        }, ending);
        expect(started, `a glide started after ${ending}`).to.equal(true);
        await page.waitForFunction(() => !window.whosaid.view!.gliding(), null, { timeout: 5_000 });
      }
      // With no release event at all, a wheel turned with no button down ends the wait.
      await page.evaluate(() => window.dispatchEvent(new MouseEvent('mousedown', { bubbles: true })));
      const box = await canvasBox(page);
      const zoom = await page.evaluate(() => window.whosaid.cy!.zoom());
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, -100);
      await page.waitForFunction((before) => window.whosaid.cy!.zoom() !== before, zoom);
      await page.waitForFunction(() => !window.whosaid.view!.gliding(), null, { timeout: 5_000 });
      await rested(page);
      expect(await transform(page), 'the moved picture replaced by a drawing').to.equal('');
    } finally {
      await close();
    }
  });

  it('When a node is tapped and dragged after a pan, then it is selected and moves on a 5,000-node canvas', async () => {
    const { page, close } = await open(large.url);
    try {
      const node = await isolatedNode(page, 60, 2);
      await rested(page);
      await dragBackground(page, { ...(await canvasBox(page)), width: 60, height: 0 });
      const at = await page.evaluate((id) => {
        const cy = window.whosaid.cy!;
        const point = cy.getElementById(id).renderedPosition();
        const frame = cy.container()!.getBoundingClientRect();
        return { x: frame.x + point.x, y: frame.y + point.y };
      }, node.id);
      await page.mouse.click(at.x, at.y);
      await page.waitForFunction((id) => window.whosaid.controller?.selected() === id, node.id, { timeout: 10_000 });
      await rested(page);
      expect(await page.evaluate((id) => window.whosaid.cy!.getElementById(id).hasClass('focus'), node.id)).to.equal(true);
      await shot(page, 'node-selected');
      // Selecting the node brought its neighbourhood into view (the synthetic graph's neighbours lie far apart, so the
      // node itself may be off screen): it is dragged from where it now is, centred.
      await page.evaluate((id) => window.whosaid.cy!.center(window.whosaid.cy!.getElementById(id)), node.id);
      await rested(page);
      const { from, x, y } = await page.evaluate((id) => {
        const cy = window.whosaid.cy!;
        const selected = cy.getElementById(id);
        const frame = cy.container()!.getBoundingClientRect();
        const at = selected.renderedPosition();
        return { from: { ...selected.position() }, x: frame.x + at.x, y: frame.y + at.y };
      }, node.id);
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + 60, y + 40, { steps: 6 });
      await page.mouse.up();
      const to = await page.evaluate((id) => window.whosaid.cy!.getElementById(id).position(), node.id);
      const zoom = await page.evaluate(() => window.whosaid.cy!.zoom());
      expect(to.x - from.x).to.be.closeTo(60 / zoom, 3);
      expect(to.y - from.y).to.be.closeTo(40 / zoom, 3);
    } finally {
      await close();
    }
  });

  it('When an edge is tapped while the picture still glides after a pan, then the edge under the pointer opens its evidence', async () => {
    const { page, close } = await open(large.url);
    try {
      // The middle of a long edge, at a zoom where no node is near it.
      const middle = await page.evaluate(() => {
        const cy = window.whosaid.cy!;
        const positions = cy.nodes().map((n) => n.position());
        const clear = cy.edges().filter((e) => {
          const [a, b] = [e.source().position(), e.target().position()];
          const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
          return Math.hypot(a.x - b.x, a.y - b.y) > 200 && positions.every((p) => Math.hypot(p.x - mid.x, p.y - mid.y) > 40);
        }).first() as unknown as EdgeSingular;
        const [a, b] = [clear.source().position(), clear.target().position()];
        const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        cy.viewport({ zoom: 2, pan: { x: cy.width() / 2 - mid.x * 2, y: cy.height() / 2 - mid.y * 2 } });
        return mid;
      });
      await rested(page);
      const box = await canvasBox(page);
      // A short drag from the top left corner and back: the picture glides, the edge's middle at the centre again.
      await page.mouse.move(box.x + 4, box.y + 4);
      await page.mouse.down();
      await page.mouse.move(box.x + 64, box.y + 4, { steps: 3 });
      await page.mouse.move(box.x + 4, box.y + 4, { steps: 3 });
      expect(await page.evaluate(() => window.whosaid.view!.gliding())).to.equal(true);
      await page.mouse.up();
      const point = await page.evaluate((at) => {
        const cy = window.whosaid.cy!;
        const frame = cy.container()!.getBoundingClientRect();
        return { x: frame.x + at.x * cy.zoom() + cy.pan().x, y: frame.y + at.y * cy.zoom() + cy.pan().y };
      }, middle);
      await page.mouse.click(point.x, point.y);
      await page.waitForFunction(() => document.querySelector('#panel .edge-title') !== null, null, { timeout: 10_000 });
      await rested(page);
      // The edge selected passes within a few pixels of where the pointer was.
      const distance = await page.evaluate((at) => {
        const cy = window.whosaid.cy!;
        const selected = cy.edges('.selected-edge');
        if (selected.length !== 1) return Infinity;
        const edge = selected[0] as unknown as EdgeSingular;
        const [a, b] = [edge.source().position(), edge.target().position()];
        const t = Math.max(0, Math.min(1, ((at.x - a.x) * (b.x - a.x) + (at.y - a.y) * (b.y - a.y)) / ((b.x - a.x) ** 2 + (b.y - a.y) ** 2)));
        return Math.hypot(a.x + t * (b.x - a.x) - at.x, a.y + t * (b.y - a.y) - at.y) * cy.zoom();
      }, middle);
      expect(distance).to.be.lessThan(10);
      await shot(page, 'edge-evidence');
    } finally {
      await close();
    }
  });

  it('When the element under the pointer is looked for on a 5,000-node canvas, then the grid of candidates finds what testing every element finds', async () => {
    const { page, close } = await open(large.url);
    try {
      const { probes, found, disagreements } = await page.evaluate(() => {
        type Finder = (x: number, y: number, interactive: boolean, touch: boolean) => { id(): string }[];
        const cy = window.whosaid.cy!;
        const renderer = (cy as unknown as { renderer(): { findNearestElements: Finder } }).renderer();
        const everything = (Object.getPrototypeOf(renderer) as { findNearestElements: Finder }).findNearestElements;
        if (renderer.findNearestElements === everything) throw new Error('test: the hit test is not wrapped');
        // Points on nodes, on and beside edges, and anywhere, at the zoom of the fitted view and zoomed in.
        let seed = 11;
        const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
        const nodes = cy.nodes();
        const edges = cy.edges();
        const points: { x: number; y: number }[] = [];
        for (let i = 0; i < 40; i++) {
          const node = nodes[Math.floor(random() * nodes.length)];
          points.push({ x: node.position('x') + (random() - 0.5) * 20, y: node.position('y') + (random() - 0.5) * 20 });
          const edge = edges[Math.floor(random() * edges.length)] as unknown as { source(): { position(): { x: number; y: number } }; target(): { position(): { x: number; y: number } } };
          const [a, b, t] = [edge.source().position(), edge.target().position(), random()];
          points.push({ x: a.x + t * (b.x - a.x) + (random() - 0.5) * 6, y: a.y + t * (b.y - a.y) + (random() - 0.5) * 6 });
          const box = cy.elements().boundingBox({});
          points.push({ x: box.x1 + random() * box.w, y: box.y1 + random() * box.h });
        }
        const ids = (list: { id(): string }[]) => list.map((e) => e.id()).join(' ');
        let agreedFound = 0;
        const wrong: string[] = [];
        for (const zoom of [cy.zoom(), 2]) {
          cy.zoom(zoom);
          points.forEach(({ x, y }, i) => {
            const touch = i % 3 === 0;
            const [got, expected] = [ids(renderer.findNearestElements(x, y, true, touch)), ids(everything.call(renderer, x, y, true, touch))];
            if (got !== expected) wrong.push(`(${x.toFixed(1)}, ${y.toFixed(1)}) at zoom ${zoom.toFixed(2)}: ${got} instead of ${expected}`);
            else if (got) agreedFound += 1;
          });
        }
        return { probes: points.length * 2, found: agreedFound, disagreements: wrong };
      });
      expect(disagreements).to.deep.equal([]);
      // Most probes land on something, so the comparison is not between two empty answers.
      expect(found).to.be.greaterThan(probes / 3);
    } finally {
      await close();
    }
  });

  it('When a 5,000-node canvas draws through WebGL, then the element under the pointer is the one WebGL picks there (no grid narrows it)', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = await openGraph(context, large.url, 'webgl');
      const { probes, wrong } = await page.evaluate(() => {
        type Finder = (x: number, y: number, interactive: boolean, touch: boolean) => { id(): string }[];
        const cy = window.whosaid.cy!;
        const renderer = (cy as unknown as { renderer(): { webgl?: boolean; findNearestElements: Finder } }).renderer();
        if (!renderer.webgl) throw new Error('test: the canvas does not draw through WebGL');
        // Nodes well apart from others, so the one at a node's centre can only be that node.
        const all = cy.nodes().toArray() as NodeSingular[];
        const apart = all.slice(0, 400).filter((node) => all.every((other) => other === node
          || Math.hypot(other.position('x') - node.position('x'), other.position('y') - node.position('y')) > 60));
        const misses: string[] = [];
        const picked = apart.slice(0, 30);
        // Twice over the same points: WebGL's picking buffer, once drawn, must still answer for every element.
        for (let round = 0; round < 2; round += 1) {
          picked.forEach((node) => {
            const found = renderer.findNearestElements(node.position('x'), node.position('y'), true, false).map((e) => e.id());
            if (found[0] !== node.id()) misses.push(`${node.id()}: ${found.join(' ') || 'nothing'}`);
          });
        }
        return { probes: picked.length * 2, wrong: misses };
      });
      expect(probes).to.be.greaterThan(20);
      expect(wrong).to.deep.equal([]);
    } finally {
      await context.close();
    }
  });

  it('When a canvas of a few hundred nodes is panned, then it is drawn at every step as before, never moved as a picture', async () => {
    const { page, close } = await open(small.url);
    try {
      const before = await renders(page);
      await dragBackground(page, await canvasBox(page), { release: false });
      expect(await page.evaluate(() => window.whosaid.view!.gliding())).to.equal(false);
      expect(await transform(page)).to.equal('');
      expect(await renders(page)).to.be.greaterThan(before);
      await page.mouse.up();
    } finally {
      await close();
    }
  });
});
