// The explorer's files: sent as the copies compressed at build time when the browser takes them, plain otherwise.
import { expect } from 'chai';
import express from 'express';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { clientFiles } from '../../server/api/client-files';
import { precompress } from '../../scripts/precompress';

const BUNDLE = 'console.log("whosaid");\n'.repeat(200);

describe('Client files', () => {
  let directory: string;
  let server: Server;
  let base: string;

  before(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'whosaid-client-files-'));
    await writeFile(path.join(directory, 'index.html'), '<!doctype html><title>whosaid</title>');
    await writeFile(path.join(directory, 'app.js'), BUNDLE);
    await writeFile(path.join(directory, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await mkdir(path.join(directory, 'nested'));
    expect(precompress(directory).sort()).to.deep.equal(['app.js', 'index.html']);
    // Marked copies: an answer made by compressing app.js on the fly would not carry the marks.
    await writeFile(path.join(directory, 'app.js.br'), brotliCompressSync(`${BUNDLE}// br copy`));
    await writeFile(path.join(directory, 'app.js.gz'), gzipSync(`${BUNDLE}// gzip copy`));
    server = express().use(clientFiles(directory)).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(directory, { recursive: true, force: true });
  });

  it('When the browser takes brotli, then the brotli copy is sent with its encoding and the script type', async () => {
    const answer = await fetch(`${base}/app.js`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(answer.headers.get('content-encoding')).to.equal('br');
    expect(answer.headers.get('content-type')).to.match(/javascript/);
    expect(answer.headers.get('vary')).to.match(/accept-encoding/i);
    expect(await answer.text()).to.equal(`${BUNDLE}// br copy`);
  });

  it('When the browser takes gzip only, then the gzip copy is sent', async () => {
    const answer = await fetch(`${base}/app.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(answer.headers.get('content-encoding')).to.equal('gzip');
    expect(await answer.text()).to.equal(`${BUNDLE}// gzip copy`);
  });

  it('When the browser takes no compression, then the plain file is sent', async () => {
    const answer = await fetch(`${base}/app.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(answer.headers.get('content-encoding')).to.equal(null);
    expect(await answer.text()).to.equal(BUNDLE);
  });

  it('When / is asked for, then index.html is sent, compressed, as HTML', async () => {
    const answer = await fetch(`${base}/`, { headers: { 'accept-encoding': 'br' } });
    expect(answer.status).to.equal(200);
    expect(answer.headers.get('content-encoding')).to.equal('br');
    expect(answer.headers.get('content-type')).to.match(/^text\/html/);
    expect(await answer.text()).to.equal('<!doctype html><title>whosaid</title>');
  });

  it('When a file listed with its copies at start-up is gone (a rebuild since), or is posted to, then the answer is the plain 404, not labelled compressed', async () => {
    const copies = await Promise.all(['app.js', 'app.js.br', 'app.js.gz'].map(async (name) => [name, await readFile(path.join(directory, name))] as const));
    await Promise.all(copies.map(([name]) => rm(path.join(directory, name))));
    try {
      for (const answer of [
        await fetch(`${base}/app.js`, { headers: { 'accept-encoding': 'br' } }),
        await fetch(`${base}/index.html`, { method: 'POST', headers: { 'accept-encoding': 'br' } }),
      ]) {
        expect(answer.status).to.equal(404);
        expect(answer.headers.get('content-encoding')).to.equal(null);
        expect(await answer.text()).to.match(/^404: nothing at \/(app\.js|index\.html); the explorer is at \/\n$/);
      }
    } finally {
      await Promise.all(copies.map(([name, content]) => writeFile(path.join(directory, name), content)));
    }
  });

  it('When a path cannot be decoded, then the answer is the plain 404', async () => {
    const answer = await fetch(`${base}/%E0%A4%A`);
    expect(answer.status).to.equal(404);
    expect(await answer.text()).to.equal('404: nothing at /%E0%A4%A; the explorer is at /\n');
  });

  it('When a file does not exist, then the answer is the short plain 404', async () => {
    const answer = await fetch(`${base}/missing.js`, { headers: { 'accept-encoding': 'br' } });
    expect(answer.status).to.equal(404);
    expect(await answer.text()).to.equal('404: nothing at /missing.js; the explorer is at /\n');
  });
});
