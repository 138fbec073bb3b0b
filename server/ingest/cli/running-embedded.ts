// Finds the embedded Neo4j that `npm start` runs on the default data folder: its launcher's pid, then its Bolt port.
//
// Stop-gap until the embedded Neo4j records its address and credentials itself (a stable port and a stored
// password): the launcher's pid comes from the pid file beside the store (data-dir-lock.ts), and the port from the
// loopback sockets that process listens on (Linux /proc). Auth is disabled on the embedded Neo4j today.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import type { Neo4jSettings } from '../../config';
import { launcherHolding } from '../../embedded-neo4j/data-dir-lock';
import { CREDENTIALS } from '../../embedded-neo4j/start';

/** Bolt settings of the embedded Neo4j serving `dataDir`, or undefined when none runs (or it cannot be told). */
export function runningEmbeddedNeo4j(dataDir: string): Neo4jSettings | undefined {
  const pid = launcherHolding(dataDir);
  if (pid === undefined) return undefined;
  const ports = listeningLoopbackPorts(pid);
  // The launcher listens on Bolt only (HTTP is off), so one port is the Bolt one.
  return ports.length === 1 ? { uri: `bolt://127.0.0.1:${ports[0]}`, ...CREDENTIALS } : undefined;
}

function listeningLoopbackPorts(pid: number): number[] {
  const sockets = new Set<string>();
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      const target = safe(() => readlinkSync(`/proc/${pid}/fd/${fd}`));
      const inode = target && /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode) sockets.add(inode);
    }
  } catch {
    return [];
  }
  const ports = new Set<number>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of (safe(() => readFileSync(table, 'utf8')) ?? '').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local_address is ADDRESS:PORT in hex, st 0A is LISTEN, and the tenth field is the socket's inode.
      if (fields.length > 9 && fields[3] === '0A' && sockets.has(fields[9])) ports.add(parseInt(fields[1].split(':')[1], 16));
    }
  }
  return [...ports];
}

function safe<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
