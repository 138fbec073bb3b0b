// The build's compressed copies of the explorer's files.
import { expect } from 'chai';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompress } from '../../scripts/precompress';

describe('precompress', () => {
  it('When the build compresses the files, then each text file gets a .gz and a .br that unpack to it, and nothing else is compressed', async () => {
    const fresh = await mkdtemp(path.join(os.tmpdir(), 'whosaid-precompress-'));
    try {
      await writeFile(path.join(fresh, 'style.css'), 'body { color: red; }\n'.repeat(50));
      await writeFile(path.join(fresh, 'photo.png'), Buffer.from([1, 2, 3]));
      await mkdir(path.join(fresh, 'nested'));
      expect(precompress(fresh)).to.deep.equal(['style.css']);
      expect((await readdir(fresh)).sort()).to.deep.equal(['nested', 'photo.png', 'style.css', 'style.css.br', 'style.css.gz']);
      const original = await readFile(path.join(fresh, 'style.css'));
      expect(gunzipSync(await readFile(path.join(fresh, 'style.css.gz'))).equals(original)).to.equal(true);
      expect(brotliDecompressSync(await readFile(path.join(fresh, 'style.css.br'))).equals(original)).to.equal(true);
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
  });

});
