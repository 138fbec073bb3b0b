// The named errors of the embedded Neo4j runtime: fetching it, starting it, and finding its data folder or port taken.
import { WhosaidError } from '../errors';

/** Maven or javac failed (or is missing), so Neo4j could not be installed into `.neo4j/`. */
export class Neo4jInstallError extends WhosaidError {
  readonly status = 500;
}

/** The Java process exited or stayed silent before Bolt answered; the message ends with the tail of its output. */
export class Neo4jStartError extends WhosaidError {
  readonly status = 503;
}

/** Another live Neo4j process holds the data folder's store lock. */
export class Neo4jDataDirInUseError extends WhosaidError {
  readonly status = 503;
}

/** Something else listens on the Bolt port asked for; the message names the port and NEO4J_BOLT_PORT. */
export class Neo4jPortInUseError extends WhosaidError {
  readonly status = 503;
}
