// Keeps the embedded Neo4j serving: starts it, and when it exits unasked, starts it again on the same port with back-off.
//
// The port stays the same so that the server's driver, which knows only the URI, finds the new instance by itself.
// Every exit and every try is logged as it happens; stop() ends a wait or a start under way as well as a running DBMS.
import { setTimeout as sleep } from 'node:timers/promises';
import { backoffDelay, DEFAULT_BACKOFF, type Backoff } from '../backoff';
import { startEmbeddedNeo4j, type EmbeddedNeo4j, type StartOptions } from './start';

export interface SupervisorLog {
  info(entry: Record<string, unknown>): void;
  error(entry: Record<string, unknown>): void;
}

export interface SupervisorOptions extends Omit<StartOptions, 'signal'> {
  events: SupervisorLog;
  backoff?: Backoff;
}

export class EmbeddedNeo4jSupervisor {
  private current: EmbeddedNeo4j | undefined;
  /** A start under way, which stop() must see to its end so that no Java process outlives it. */
  private starting: Promise<EmbeddedNeo4j> | undefined;
  private readonly stopping = new AbortController();
  private boltPort: number | undefined;

  constructor(private readonly options: SupervisorOptions) {}

  /** Starts the first instance; a failure here (port or folder taken, no Java) is the caller's to report. */
  async start(): Promise<EmbeddedNeo4j> {
    const first = await this.launch(this.options.boltPort);
    this.boltPort = Number(new URL(first.uri).port);
    this.watch(first);
    return first;
  }

  /** The instance serving now, if one is. */
  get running(): EmbeddedNeo4j | undefined {
    return this.current;
  }

  async stop(): Promise<void> {
    this.stopping.abort(new Error('embedded-neo4j/supervisor: stopping'));
    await this.starting?.catch(() => undefined);
    await this.current?.stop();
  }

  private async launch(boltPort: number | undefined): Promise<EmbeddedNeo4j> {
    this.starting = (async () => {
      const instance = await startEmbeddedNeo4j({ ...this.options, boltPort, signal: this.stopping.signal });
      // From here stop() sees it; should stop() have come as it got ready, it is stopped before anyone uses it.
      this.current = instance;
      if (this.stopping.signal.aborted) {
        await instance.stop();
        throw this.stopping.signal.reason;
      }
      return instance;
    })();
    try {
      return await this.starting;
    } finally {
      this.starting = undefined;
    }
  }

  private watch(instance: EmbeddedNeo4j): void {
    this.current = instance;
    void instance.exited.then((exit) => {
      if (this.stopping.signal.aborted) return;
      this.current = undefined;
      this.options.events.error({
        msg: 'neo4j exited while serving', pid: instance.pid, code: exit.code, signal: exit.signal,
        dataDir: this.options.dataDir, next: 'restarting with back-off; the API answers 503 meanwhile',
      });
      void this.restart();
    });
  }

  private async restart(): Promise<void> {
    const { events, backoff = DEFAULT_BACKOFF } = this.options;
    const since = Date.now();
    for (let attempt = 1; !this.stopping.signal.aborted; attempt += 1) {
      const waitMs = backoffDelay(attempt, backoff);
      events.info({ msg: 'neo4j restart scheduled', attempt, inMs: waitMs });
      try {
        await sleep(waitMs, undefined, { signal: this.stopping.signal });
        const instance = await this.launch(this.boltPort);
        events.info({ msg: 'neo4j restarted', attempt, pid: instance.pid, uri: instance.uri, downMs: Date.now() - since });
        this.watch(instance);
        return;
      } catch (error) {
        if (this.stopping.signal.aborted) return;
        events.error({ msg: 'neo4j restart failed', attempt, name: (error as Error).name, error: firstLine(error) });
      }
    }
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
