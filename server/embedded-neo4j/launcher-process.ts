// The running Java launcher as Node sees it: its ready line, its exit, its last output, and a clean way to stop it.
import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { OutputTail } from './output-tail';

// The newline matters: without it a line still arriving in pieces could yield half a port number.
const READY_LINE = /^WHOSAID_NEO4J_READY (bolt:\/\/\S+)\r?\n/m;
/** The launcher's exit status when another process holds the store lock. */
export const EXIT_STORE_LOCKED = 75;
/** The launcher's exit status when the Bolt port is taken. */
export const EXIT_PORT_IN_USE = 76;

export interface LauncherExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Set when the process could not be started at all (java missing, say). */
  spawnError?: Error;
}

/** How a start ended: ready with its Bolt URI, ended before that, or still silent when time ran out. */
export type StartOutcome = { uri: string } | { exit: LauncherExit } | { timedOut: true };

export class LauncherProcess {
  readonly pid: number | undefined;
  /** Resolves with the Bolt URI from the ready line; stays pending if the process ends first (see `exited`). */
  readonly ready: Promise<string>;
  /** Resolves when the process has ended, however that came about. */
  readonly exited: Promise<LauncherExit>;
  private readonly tail = new OutputTail(60);
  private readonly child: ChildProcessWithoutNullStreams;
  private stopping: Promise<LauncherExit> | undefined;

  /** `password` goes to the launcher as the first line of its stdin: a command line is readable by every process. */
  constructor(command: string, args: string[], password: string) {
    // stdin then stays an open pipe: its EOF is how the launcher learns that Node is gone.
    this.child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.pid = this.child.pid;
    // Writing to or ending the pipe of a process that has already died fails; `exited` reports that death.
    this.child.stdin.on('error', () => undefined);
    this.child.stdin.write(`${password}\n`);
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => resolve({ code, signal }));
      this.child.once('error', (spawnError) => resolve({ code: null, signal: null, spawnError }));
    });
    let unmatched: string | null = '';
    this.ready = new Promise((resolve) => {
      this.child.stdout.on('data', (chunk: Buffer) => {
        this.tail.push(chunk);
        if (unmatched === null) return;
        unmatched += chunk.toString();
        const found = READY_LINE.exec(unmatched);
        if (found) {
          unmatched = null;
          resolve(found[1]);
        }
      });
    });
    // Output is read for as long as the process lives: a full pipe would otherwise stall the JVM.
    this.child.stderr.on('data', (chunk: Buffer) => this.tail.push(chunk));
  }

  async outcome(timeoutMs: number): Promise<StartOutcome> {
    const timer = new AbortController();
    try {
      return await Promise.race<StartOutcome>([
        this.ready.then((uri) => ({ uri })),
        this.exited.then((exit) => ({ exit })),
        sleep(Math.max(0, timeoutMs), { timedOut: true } as const, { signal: timer.signal }),
      ]);
    } finally {
      timer.abort();
    }
  }

  output(): string {
    return this.tail.text();
  }

  /** Closes stdin so that the launcher shuts Neo4j down cleanly; kills it if that takes longer than `graceMs`. */
  stop(graceMs: number): Promise<LauncherExit> {
    this.stopping ??= (async () => {
      this.child.stdin.end();
      const killer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
      try {
        return await this.exited;
      } finally {
        clearTimeout(killer);
      }
    })();
    return this.stopping;
  }
}
