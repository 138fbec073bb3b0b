// The start-up warm-up: it asks what a browser asks first, until the opening canvas comes laid out, and never fails a start.
import { expect } from 'chai';
import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { warmUp, warmUpOrigin } from '../../server/warm-up';

/** A stand-in API whose graph comes without positions the first `lateAnswers` times, as while its layout runs. */
function standIn(nodes: number, lateAnswers: number): Promise<{ origin: string; asked: string[]; server: Server }> {
  const asked: string[] = [];
  const app = express();
  app.use((req, _res, next) => ((asked.push(req.path), next())));
  app.get('/api/overview', (_req, res) => res.json({ counts: { nodes } }));
  let answers = 0;
  app.get('/api/graph', (_req, res) => {
    answers += 1;
    const placed = answers > lateAnswers;
    res.json({ elements: { nodes: [{ data: { id: 'a', label: 'A', type: 'person' }, ...(placed ? { position: { x: 1, y: 2 } } : {}) }], edges: [] } });
  });
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve({ origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, asked, server }));
  });
}

describe('server/warm-up', () => {
  it('When the server listens on all interfaces or on a name, then the warm-up asks on loopback or by that name', () => {
    expect(warmUpOrigin('0.0.0.0', 3000)).to.equal('http://127.0.0.1:3000');
    expect(warmUpOrigin('::', 3000)).to.equal('http://127.0.0.1:3000');
    expect(warmUpOrigin('whosaid.lan', 8080)).to.equal('http://whosaid.lan:8080');
    expect(warmUpOrigin('::1', 3000)).to.equal('http://[::1]:3000');
  });

  it('When the graph first comes without positions, then it asks again until it comes laid out', async () => {
    const { origin, asked, server } = await standIn(1, 2);
    try {
      expect(await warmUp(origin)).to.match(/^opening canvas of 1 nodes laid out in \d+ ms$/);
      expect(asked).to.deep.equal(['/api/overview', '/api/graph', '/api/graph', '/api/graph']);
    } finally {
      server.close();
    }
  });

  it('When the graph is larger than the explorer opens whole, then only the overview is asked for', async () => {
    const { origin, asked, server } = await standIn(5_000, 0);
    try {
      expect(await warmUp(origin)).to.equal('overview ready');
      expect(asked).to.deep.equal(['/api/overview']);
    } finally {
      server.close();
    }
  });

  it('When nothing answers, or the server is stopping, then it says so and returns', async () => {
    expect(await warmUp('http://127.0.0.1:9')).to.match(/^warm-up skipped/);
    const { origin, server } = await standIn(1, 0);
    try {
      expect(await warmUp(origin, AbortSignal.abort(new Error('whosaid: stopping')))).to.equal('warm-up skipped (whosaid: stopping)');
    } finally {
      server.close();
    }
  });
});
