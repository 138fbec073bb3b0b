// The API for a benchmark, in a process of its own and run as `npm start` runs the server: bundled, by plain node.
// A server inside the benchmark's own process would share its event loop with the load it measures, and would run
// under ts-node, whose source-map support makes the driver's stack trace for every result cost about 0.6 ms.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { programBundle } from '../../server/bundle';

export interface ApiProcess {
  port: number;
  /** `http://127.0.0.1:<port>` */
  base: string;
  stop(): void;
}

export interface ApiProcessOptions {
  uri: string;
  user: string;
  password: string;
  /** Lifts the bound on analysts' queries running at once to this many (4 by default). */
  cypherSlots?: number;
  /** Writes the process's CPU profile to this folder when it stops. */
  profileDir?: string;
}

/** Bundles `api-server-process.ts` (once per change of its code) and starts it on a free loopback port. */
export async function startApiProcess(options: ApiProcessOptions): Promise<ApiProcess> {
  const program = await programBundle(join(__dirname, 'api-server-process.ts'));
  const child = spawn(process.execPath, [...(options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : []), program], {
    env: { ...process.env, BENCH_NEO4J_URI: options.uri, BENCH_NEO4J_USER: options.user, BENCH_NEO4J_PASSWORD: options.password,
      ...(options.cypherSlots ? { BENCH_CYPHER_SLOTS: String(options.cypherSlots) } : {}) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // A benchmark that fails half-way exits at once; its server must not outlive it.
  process.once('exit', () => child.kill('SIGTERM'));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const port = /BENCH_API_PORT (\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve({ port: Number(port), base: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`bench: the API server exited with ${code}`)));
  });
}
