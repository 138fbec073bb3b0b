// Runs the server as `npm start` does (server/start.ts bundled, run by node) as a child process, and reads what it says:
// for start-up and fault tests.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { programBundle } from '../../server/bundle';

const ROOT = path.join(__dirname, '..', '..');
const READY = /whosaid is ready: open http:\/\/[^:/]+:(\d+)\//;

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface WhosaidRun {
  child: ChildProcess;
  /** Everything written on stderr so far (progress lines and JSON error lines). */
  stderr(): string;
  /** Everything written on stdout so far (JSON information lines). */
  stdout(): string;
  exit: Promise<ProcessExit>;
}

export interface ReadyWhosaid extends WhosaidRun {
  port: number;
  base: string;
}

/** The server as `npm start` runs it, bundled once per test run (the sources do not change meanwhile). */
let bundle: Promise<string> | undefined;

/** Starts whosaid with `env` over the test's own environment (never NEO4J_URI unless given). */
export async function runWhosaid(env: Record<string, string>): Promise<WhosaidRun> {
  const { NEO4J_URI: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [await (bundle ??= programBundle(path.join(ROOT, 'server', 'start.ts')))], {
    cwd: ROOT,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr!.on('data', (chunk) => { stderr += chunk; });
  child.stdout!.on('data', (chunk) => { stdout += chunk; });
  const exit = new Promise<ProcessExit>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, stderr: () => stderr, stdout: () => stdout, exit };
}

/** Waits for the "ready" line; fails with what the process said if it exits or stays silent. */
export async function untilReady(starting: WhosaidRun | Promise<WhosaidRun>, timeoutMs = 240_000): Promise<ReadyWhosaid> {
  const run = await starting;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ready = READY.exec(run.stderr());
    if (ready) return { ...run, port: Number(ready[1]), base: `http://127.0.0.1:${ready[1]}` };
    if (run.child.exitCode !== null || Date.now() > deadline) throw new Error(`whosaid did not start:\n${run.stderr()}`);
    await sleep(200);
  }
}

/** Polls `check` every 200 ms until it holds or `timeoutMs` passes; says which. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() >= deadline) return false;
    await sleep(200);
  }
  return true;
}
