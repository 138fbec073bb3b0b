// Checks that installing Neo4j when it is already installed does nothing, which every start relies on. An integration
// test: on a fresh machine its first call downloads Neo4j from Maven Central.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { installNeo4j } from '../../server/embedded-neo4j/install';

describe('installNeo4j', function () {
  // The first install of a run may fetch jars; the test fixture has normally done it already.
  this.timeout(600_000);

  it('should leave a complete installation untouched and report the version from pom.xml', async () => {
    const first = await installNeo4j();
    const marker = path.join(first.home, 'installed.json');
    const before = statSync(marker).mtimeMs;

    const again = await installNeo4j({ log: () => expect.fail('an installed Neo4j should not be installed again') });
    expect(again).to.deep.equal({ home: first.home, version: first.version, installedNow: false });
    expect(statSync(marker).mtimeMs).to.equal(before);
    expect(existsSync(path.join(first.home, 'launcher.jar'))).to.equal(true);
  });
});
