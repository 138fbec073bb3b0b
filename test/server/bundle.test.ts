// The bundles `npm start` and worker threads run: each module still finds the files beside its own source.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { programBundle, workerBundle } from '../../server/bundle';

const FIXTURE = path.join(__dirname, 'bundle-fixture');

describe('bundles of server programs and worker threads', () => {
  it('When a program is bundled, then it lands under node_modules/.cache/whosaid/programs at the path of its source', async () => {
    const file = await programBundle(path.join(FIXTURE, 'entry.ts'));
    expect(path.relative(process.cwd(), file)).to.equal(path.join('node_modules', '.cache', 'whosaid', 'programs', 'test', 'server', 'bundle-fixture', 'entry.js'));
  });

  it('When bundled, then every module keeps its own source folder as __dirname and reads the files beside it', async () => {
    const bundled = require(await programBundle(path.join(FIXTURE, 'entry.ts')));
    expect(bundled.entryFolder).to.equal(FIXTURE);
    expect(bundled.folderOfNested).to.equal(path.join(FIXTURE, 'nested'));
    expect(bundled.textBesideNested()).to.equal('found beside the source');
  });

  it('When two modules name a class alike, then both keep that name in the bundle (errors are told apart by name)', async () => {
    const bundled = require(await programBundle(path.join(FIXTURE, 'entry.ts')));
    expect(bundled.NamedError.name).to.equal('NamedError');
    expect(bundled.NestedError.name).to.equal('NamedError');
  });

  it('When a worker entry is bundled twice unchanged, then it is the same file, named by its content', async () => {
    const first = await workerBundle(path.join(FIXTURE, 'entry.ts'), 'bundle-test');
    const second = await workerBundle(path.join(FIXTURE, 'entry.ts'), 'bundle-test');
    expect(second).to.equal(first);
    expect(path.basename(first)).to.match(/^bundle-test-[0-9a-f]{12}\.js$/);
    expect(readFileSync(first, 'utf8')).to.include(JSON.stringify(path.join(FIXTURE, 'nested')));
  });
});
