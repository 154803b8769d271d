import { cpuSeconds, measureCpu } from './process-cpu';

/** Spins until this process has used `ms` of CPU (not of wall time: the box may be shared). */
const burnCpu = (ms: number): void => {
  const start = process.cpuUsage();
  while ((process.cpuUsage(start).user + process.cpuUsage(start).system) / 1000 < ms) {
    // spin: CPU time is what is measured
  }
};

describe('process CPU from /proc', () => {
  it('reads the CPU this process has used, which grows while it computes', () => {
    const before = cpuSeconds(process.pid);
    burnCpu(300);
    const used = cpuSeconds(process.pid) - before;
    // /proc counts in 10 ms ticks; other threads (GC) may add a little.
    expect(used).toBeGreaterThanOrEqual(0.28);
    expect(used).toBeLessThan(0.6);
  });

  it('answers NaN for a process that does not exist', () => {
    expect(cpuSeconds(2 ** 22 + 1)).toBeNaN();
  });

  it('measures the cores used over an interval as Node itself accounts them', () => {
    const cpu = measureCpu(process.pid);
    const ownStart = process.cpuUsage();
    const wallStart = performance.now();
    burnCpu(400);
    const own = process.cpuUsage(ownStart);
    const ownCores = (own.user + own.system) / 1000 / (performance.now() - wallStart);
    const { seconds, cores } = cpu.stop();
    expect(seconds).toBeGreaterThanOrEqual(0.38);
    expect(Math.abs(cores - ownCores)).toBeLessThan(0.15);
  });
});
