// Runs a build tool (mvn, javac) to completion, reporting that it is still busy, and fails with its last words.
import { spawn } from 'node:child_process';
import { Neo4jInstallError } from './errors';
import { OutputTail, quoteOutput } from './output-tail';

export interface ToolRun {
  command: string;
  args: string[];
  /** What the tool is doing, as said in progress lines ("fetching jars from Maven Central"). */
  doing: string;
  log: (line: string) => void;
  heartbeatMs?: number;
  /** The tool's environment; this process's when absent. */
  env?: NodeJS.ProcessEnv;
}

export function runTool({ command, args, doing, log, heartbeatMs = 15_000, env }: ToolRun): Promise<void> {
  const started = Date.now();
  const tail = new OutputTail(30);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: env ?? process.env });
    const heartbeat = setInterval(() => log(`still ${doing} (${seconds(started)} s)`), heartbeatMs);
    child.stdout.on('data', (chunk: Buffer) => tail.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => tail.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearInterval(heartbeat);
      const hint = error.code === 'ENOENT' ? ` (is ${command} installed and on PATH?)` : '';
      reject(new Neo4jInstallError(`${command} could not be run${hint}: ${error.message}`, { cause: error }));
    });
    child.on('close', (code, signal) => {
      clearInterval(heartbeat);
      if (code === 0) return resolve();
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      reject(new Neo4jInstallError(`${command} ${how} while ${doing}.\n${quoteOutput(`last output of ${command}`, tail.text())}`));
    });
  });
}

export function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}
