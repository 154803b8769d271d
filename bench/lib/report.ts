import { execSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { ScenarioResult } from '../scenarios/scenario';

export interface RunInfo {
  readonly date: string;
  readonly commit: string;
  readonly machine: string;
  readonly loadBefore: string;
  readonly label: string;
  readonly quick: boolean;
}

const git = (root: string, args: string): string => {
  try {
    return execSync(`git ${args}`, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
};

export const runInfo = (root: string, label: string, quick: boolean): RunInfo => {
  const dirty = git(root, 'status --porcelain') === '' ? '' : '+dirty';
  const cores = cpus();
  return {
    date: new Date().toISOString(),
    commit: `${git(root, 'rev-parse --short HEAD')}${dirty}`,
    machine: `${cores.length}× ${cores[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB, node ${process.version}`,
    loadBefore: loadavg().map((n) => n.toFixed(2)).join(' '),
    label,
    quick,
  };
};

export const printTable = (results: readonly ScenarioResult[]): void => {
  const rows = results.map((r) => [r.id, r.pass ? 'pass' : 'FAIL', r.measured, r.target]);
  const widths = [4, 4, 0, 0].map((min, col) => Math.max(min, ...rows.map((row) => (row[col] ?? '').length)));
  const line = (cells: string[]): string => cells.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join('  ');
  process.stdout.write(`\n${line(['id', 'ok', 'measured', 'target'])}\n${rows.map(line).join('\n')}\n`);
};

/** A share (0–1) as a whole percentage, or "unknown". */
export const formatShare = (share: number): string => (Number.isNaN(share) ? 'unknown' : `${Math.round(share * 100)} %`);

/** bench/results/<date>.json, and one row per run in BENCHMARKS.md. `steal`: the machine's CPU steal over the run (0–1, NaN if unknown). */
export const record = (root: string, info: RunInfo, results: readonly ScenarioResult[], loadAfter: string, steal: number): string => {
  const dir = join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${info.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ ...info, loadAfter, steal: Number.isNaN(steal) ? null : steal, results }, null, 2)}\n`);
  const benchmarks = join(root, 'BENCHMARKS.md');
  if (!existsSync(benchmarks)) throw new Error('BENCHMARKS.md is missing');
  const figures = results.map((r) => `**${r.id}** ${r.pass ? '✅' : '❌'} ${r.measured} (target ${r.target})`).join('<br>');
  appendFileSync(
    benchmarks,
    `| ${info.date.slice(0, 16).replace('T', ' ')} | ${info.commit} | ${info.label}${info.quick ? ' (quick)' : ''} | ${info.machine}; load ${info.loadBefore} → ${loadAfter}; CPU steal ${formatShare(steal)} | ${figures} |\n`,
  );
  return file;
};
