// Processor time of the main thread alone, on Linux, so a benchmark can tell its own work from V8's background threads.
import { existsSync, readFileSync } from 'node:fs';

/** /proc counts processor time in clock ticks of 1/100 s (USER_HZ, 100 on every Linux build Node runs on). */
const TICKS_PER_SECOND = 100;

/**
 * Seconds the main thread (its task id is the process id) has spent on the processor, from /proc; undefined where
 * there is no /proc. process.cpuUsage() counts every thread: V8 compiles optimized code and collects garbage on
 * threads of its own, and for the extractor those were nearly half of the total.
 */
export function mainThreadSeconds(): number | undefined {
  const file = `/proc/self/task/${process.pid}/stat`;
  if (!existsSync(file)) return undefined;
  const stat = readFileSync(file, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}
