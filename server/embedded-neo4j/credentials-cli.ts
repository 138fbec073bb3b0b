// `npm run neo4j:credentials`: prints how to connect to the embedded Neo4j (URI, user, password) with cypher-shell, Neo4j Desktop or a driver.
import { readConfig } from '../config';
import { embeddedCredentials, runningEmbeddedNeo4j } from './credentials';
import { LOOPBACK } from './paths';

function main(): void {
  const { embedded } = readConfig();
  const running = runningEmbeddedNeo4j(embedded.dataDir);
  const { user, password, passwordFile } = running ?? embeddedCredentials(embedded.dataDir);
  const uri = running?.uri ?? `bolt://${LOOPBACK}:${embedded.boltPort}`;
  process.stdout.write([
    `uri       ${uri}${running ? '' : '   (not running now: npm start starts it)'}`,
    `user      ${user}`,
    `password  ${password}`,
    `file      ${passwordFile}`,
    '',
    `cypher-shell -a ${uri} -u ${user} -p '${password}'`,
    '',
  ].join('\n'));
}

main();
