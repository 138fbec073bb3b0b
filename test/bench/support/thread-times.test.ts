// The benchmark's main-thread time: read from /proc, it grows with the main thread's work and stays within the process's.
import { expect } from 'chai';
import { mainThreadSeconds } from '../../../bench/support/thread-times';

/** Keeps the main thread on the processor for about `seconds` of its own time. */
function busy(seconds: number): void {
  const spent = (): number => { const { user, system } = process.cpuUsage(); return user + system; };
  const until = spent() + seconds * 1e6;
  let x = 0;
  while (spent() < until) for (let i = 0; i < 100_000; i++) x += Math.sqrt(x + i);
  expect(x).to.be.greaterThan(0);
}

describe('bench support: main-thread time', () => {
  it('When the main thread computes for 0.3 s, then its time grows by most of that, and by no more than the whole process\'s', () => {
    const process0 = process.cpuUsage();
    const before = mainThreadSeconds();
    busy(0.3);
    const after = mainThreadSeconds();
    const used = process.cpuUsage(process0);
    expect(before).to.be.a('number');
    const grown = after! - before!;
    // The process's time also holds V8's own threads (a compile while the loop ran), and /proc counts ticks of 1/100 s:
    // most of the 0.3 s, and never more than the process's time and two ticks.
    expect(grown).to.be.within(0.2, (used.user + used.system) / 1e6 + 0.02);
  });
});
