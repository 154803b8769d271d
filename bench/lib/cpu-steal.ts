import { readFileSync } from 'node:fs';

/** The machine's CPU time so far, in ticks: all of it, and the part the hypervisor gave to other guests (steal). */
export interface CpuTicks {
  readonly total: number;
  readonly steal: number;
}

/**
 * Parses the aggregate `cpu` line of /proc/stat: user nice system idle iowait irq softirq steal
 * [guest guest_nice]. Guest time is already counted in user and nice, so it is not added again.
 */
export const parseCpuTicks = (procStat: string): CpuTicks => {
  const line = procStat.split('\n').find((l) => l.startsWith('cpu '));
  if (line === undefined) throw new Error('no aggregate cpu line in /proc/stat');
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).slice(1).map(Number);
  return { total: user + nice + system + idle + iowait + irq + softirq + steal, steal };
};

const readTicks = (): CpuTicks | null => {
  try {
    return parseCpuTicks(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return null;
  }
};

/**
 * The share of the machine's CPU time that its hypervisor gave to other guests between now and
 * stop (0–1; NaN off Linux). A shared box slows every figure of a run at once, and on these
 * virtual machines it has been 5–40 % from one run to the next: each row says how much it was.
 */
export const measureSteal = (): { stop(): number } => {
  const start = readTicks();
  return {
    stop: () => {
      const end = readTicks();
      if (start === null || end === null || end.total <= start.total) return NaN;
      return (end.steal - start.steal) / (end.total - start.total);
    },
  };
};
