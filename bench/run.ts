/**
 * `npm run bench [-- --quick] [-- --only G1,G3] [-- --label text] [-- --api-root dir --counter row|shard]`
 *
 * Starts the built API and worker on a throwaway database and Redis prefix, prepares people and
 * proposals straight in the database, runs the scenarios of issue #7 with an open-model load
 * generator in its own process, prints a table, writes bench/results/<date>.json and appends a
 * row to BENCHMARKS.md. `--api-root` measures another build (e.g. a copy of apps/api/dist made
 * before a change); `--counter` then tells the baselines which co-sign write that build does
 * (`row`, the default: the proposal row; `shard`: builds from before session 5).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import type { CounterMode } from './baselines/cosign-sql';
import { benchServices, startBenchPlatform } from './lib/bench-platform';
import { measureSteal } from './lib/cpu-steal';
import { formatShare, printTable, record, runInfo } from './lib/report';
import { createCitizens, createCycle } from './lib/seed';
import { cosignThroughput } from './scenarios/cosign-throughput.scenario';
import { commitToSocket, manySockets } from './scenarios/realtime.scenario';
import { findNginx, startEdgeCache } from './lib/edge-cache';
import { duplicateSubmits, readsDuringWrites } from './scenarios/reads-and-duplicates.scenario';
import type { BenchContext, ScenarioResult } from './scenarios/scenario';
import { listAndSearch } from './scenarios/search.scenario';

const ROOT = resolve(__dirname, '..');
const ALL = ['G1', 'G1b', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7'];

const main = async (): Promise<void> => {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      label: { type: 'string', default: 'current' },
      'api-root': { type: 'string' },
      counter: { type: 'string', default: 'row' },
    },
  });
  const quick = values.quick === true;
  const chosen = values.only === undefined ? ALL : values.only.split(',').map((id) => id.trim());
  const unknown = chosen.filter((id) => !ALL.includes(id));
  if (unknown.length > 0) throw new Error(`unknown scenario ${unknown.join(', ')}; choose from ${ALL.join(', ')}`);
  const only = (id: string): boolean => chosen.includes(id);
  const counterMode: CounterMode = values.counter === 'shard' ? 'shard' : 'row';
  const apiRoot = resolve(values['api-root'] ?? ROOT);
  const info = runInfo(ROOT, values.label ?? 'current', quick);
  const log = (line: string): void => void process.stdout.write(`[bench] ${line}\n`);
  log(`${info.machine}; load average ${info.loadBefore}; commit ${info.commit}; API from ${apiRoot}/apps/api/dist`);
  const steal = measureSteal();

  const platform = await startBenchPlatform(apiRoot, benchServices(), resolve(ROOT, 'bench/results/platform.log.tmp'));
  const results: ScenarioResult[] = [];
  try {
    const people = quick ? 4_000 : 16_000;
    const users = await createCitizens(platform.pool, 1, people);
    const proposer = users[0];
    if (proposer === undefined) throw new Error('no proposer');
    const ctx: BenchContext = {
      quick,
      platform,
      // The proposer cannot co-sign their own proposals.
      users: users.slice(1),
      cycleId: await createCycle(platform.pool, 5000),
      proposerId: proposer.id,
      counterMode,
      stepSeconds: quick ? 2 : 5,
      log,
    };
    log(`${people} people with sessions ready`);
    if (only('G1') || only('G1b') || only('G7')) results.push(...(await cosignThroughput(ctx, only)));
    if (only('G2')) {
      const nginx = findNginx();
      if (nginx === null) log('G2: no nginx on this machine (apt-get install nginx-light), so no edge cache: G2 measures the API alone');
      const edge = nginx === null ? null : await startEdgeCache(nginx, platform.baseUrl, ROOT);
      try {
        if (edge !== null) results.push(await readsDuringWrites(ctx, { baseUrl: edge.baseUrl, via: 'edge' }));
        results.push(await readsDuringWrites(ctx, { baseUrl: platform.baseUrl, via: 'api' }));
      } finally {
        await edge?.stop();
      }
    }
    if (only('G3')) results.push(await duplicateSubmits(ctx));
    if (only('G4')) results.push(await commitToSocket(ctx));
    if (only('G5')) results.push(await manySockets(ctx));
    // Last: its generated millions of rows would weigh on every scenario after it.
    if (only('G6')) results.push(await listAndSearch(ctx));
  } finally {
    await platform.stop();
  }
  printTable(results);
  const stolen = steal.stop();
  log(`CPU steal over the run: ${formatShare(stolen)} of the machine's CPU time went to other guests`);
  const file = record(ROOT, info, results, loadavg().map((n) => n.toFixed(2)).join(' '), stolen);
  log(`wrote ${file} and a row in BENCHMARKS.md`);
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
