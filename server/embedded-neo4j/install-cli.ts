// `npm run neo4j:install`: fetches Neo4j from Maven Central into .neo4j/ ahead of the first start.
import { installNeo4j, logToStderr } from './install';

installNeo4j().then(
  ({ home, version, installedNow }) => {
    logToStderr(installedNow ? `ready: Neo4j ${version} in ${home}` : `Neo4j ${version} is already installed in ${home}`);
  },
  (error: unknown) => {
    logToStderr(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
