import { readFileSync } from 'node:fs';

/** Resident memory of a process in MB (Linux /proc), or NaN when it cannot be read. */
export const residentMb = (pid: number): number => {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] === undefined ? NaN : Number(match[1]) / 1024;
  } catch {
    return NaN;
  }
};

/** Samples a process's resident memory until stopped; answers the peak. */
export const sampleMemory = (pid: number, everyMs = 250): { stop(): number } => {
  let peak = residentMb(pid);
  const timer = setInterval(() => {
    const now = residentMb(pid);
    if (!(now <= peak)) peak = Number.isNaN(peak) ? now : Math.max(peak, now);
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
};
