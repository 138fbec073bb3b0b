// Checks where the embedded Neo4j is looked for: the project root, and the version pom.xml sets.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { defaultInstallHome, neo4jVersion, projectRoot } from '../../server/embedded-neo4j/paths';

describe('embedded-neo4j paths', () => {
  it('should find the project root as the folder above that holds package.json', () => {
    const root = projectRoot(__dirname);
    expect(existsSync(path.join(root, 'package.json'))).to.equal(true);
    expect(root).to.equal(path.resolve(__dirname, '..', '..'));
  });

  it('should read the Neo4j version from the pom, and the one pom.xml sets should be a 5.26 release', () => {
    expect(neo4jVersion('<properties><neo4j.version> 5.26.7 </neo4j.version></properties>')).to.equal('5.26.7');
    expect(neo4jVersion()).to.match(/^5\.26\.\d+$/);
  });

  it('should install each version in its own folder under the ignored .neo4j folder', () => {
    expect(defaultInstallHome('5.26.7')).to.equal(path.join(projectRoot(), '.neo4j', '5.26.7'));
  });
});
