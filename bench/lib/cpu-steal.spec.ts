import { measureSteal, parseCpuTicks } from './cpu-steal';

describe('CPU steal from /proc/stat', () => {
  it('counts every field up to steal, and not guest time a second time', () => {
    const stat = 'cpu  100 5 50 800 10 1 4 30 20 0\ncpu0 50 2 25 400 5 0 2 15 10 0\nintr 1 2 3\n';
    expect(parseCpuTicks(stat)).toEqual({ total: 1000, steal: 30 });
  });

  it('reads kernels that report no steal column as none stolen', () => {
    expect(parseCpuTicks('cpu  10 0 10 80\n')).toEqual({ total: 100, steal: 0 });
  });

  it('refuses a file without the aggregate line', () => {
    expect(() => parseCpuTicks('cpu0 1 2 3 4\n')).toThrow('no aggregate cpu line');
  });

  it('measures a share between 0 and 1 on this machine', async () => {
    const steal = measureSteal();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const share = steal.stop();
    expect(share).toBeGreaterThanOrEqual(0);
    expect(share).toBeLessThanOrEqual(1);
  });
});
