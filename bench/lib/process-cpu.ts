import { readFileSync } from 'node:fs';

/** Linux's USER_HZ: /proc reports CPU time in these ticks on every architecture Node runs on. */
const TICKS_PER_SECOND = 100;

/** CPU time (user + system) a process has used so far, in seconds (Linux /proc), or NaN. */
export const cpuSeconds = (pid: number): number => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, so 11 and 12 after the name.
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
};

/** Measures the CPU a process uses from now until stopped: cores used on average, and seconds. */
export const measureCpu = (pid: number): { stop(): { seconds: number; cores: number } } => {
  const cpuAtStart = cpuSeconds(pid);
  const startedAt = performance.now();
  return {
    stop: () => {
      const seconds = cpuSeconds(pid) - cpuAtStart;
      return { seconds, cores: seconds / ((performance.now() - startedAt) / 1000) };
    },
  };
};
