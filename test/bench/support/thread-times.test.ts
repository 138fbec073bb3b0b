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
  it('When the main thread computes for 0.3 s, then its time grows by about that, and by no more than the whole process\'s', () => {
    const process0 = process.cpuUsage();
    const before = mainThreadSeconds();
    busy(0.3);
    const after = mainThreadSeconds();
    const used = process.cpuUsage(process0);
    expect(before).to.be.a('number');
    const grown = after! - before!;
    // /proc counts in ticks of 1/100 s: allow two ticks either way.
    expect(grown).to.be.within(0.28, (used.user + used.system) / 1e6 + 0.02);
  });
});
