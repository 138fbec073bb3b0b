// Checks that the Bolt port is free before Neo4j tries it, so a taken port is named plainly rather than in a Java trace.
import { createServer } from 'node:net';
import { Neo4jPortInUseError } from './errors';
import { LOOPBACK } from './paths';

/** The error for a taken port, naming the port and the setting that moves it. */
export function portInUse(port: number, detail = ''): Neo4jPortInUseError {
  return new Neo4jPortInUseError(
    `the Bolt port ${port} on ${LOOPBACK} is already in use by another program; stop it, or set NEO4J_BOLT_PORT to a free port `
      + `(0 picks any)${detail ? `.\n${detail}` : ''}`,
  );
}

/** Resolves when `port` can be bound on loopback (0 always can); throws Neo4jPortInUseError when it cannot. */
export async function ensurePortFree(port: number): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? portInUse(port) : error);
    });
    probe.listen({ port, host: LOOPBACK, exclusive: true }, () => probe.close(() => resolve()));
  });
}
