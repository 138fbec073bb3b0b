// Runs one extraction stage: times it for the benchmark and turns a stage's crash into a warning naming stage and error.
import type { Message } from './types';

/** Told how much processor time each stage took, in milliseconds, for the benchmark. */
export type StageObserver = (stage: string, cpuMilliseconds: number) => void;

/**
 * A stage that throws has a bug; the article itself is never a reason to throw. The article still gets the other
 * stages' findings, and the warning names the stage and the error so the bug is seen (the tests fail on it).
 */
export function runStage<T>(name: string, observe: StageObserver | undefined, failures: Message[], fallback: T, run: () => T): T {
  const started = observe ? process.cpuUsage() : undefined;
  let result: T;
  try {
    result = run();
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    failures.push({ reason: `The ${name} stage failed and was skipped: ${reason}`, ruleId: 'pipeline/stage-failed', severity: 'warning' });
    result = fallback;
  }
  if (observe && started) {
    const used = process.cpuUsage(started);
    observe(name, (used.user + used.system) / 1000);
  }
  return result;
}
