import { startBareServer } from '../baselines/bare-server';
import { findPgbench, runPgbench } from '../baselines/pgbench';
import { measureSteal } from '../lib/cpu-steal';
import { measureCpu } from '../lib/process-cpu';
import { commandsPer, countRedisCommands, describeCommandsPer } from '../lib/redis-commands';
import { formatShare } from '../lib/report';
import { sampleMemory } from '../lib/process-memory';
import { createProposals } from '../lib/seed';
import { runLoad } from '../load/load-client';
import type { StreamResult } from '../load/load-plan';
import { API_PREFIX, cosignRequests, type BenchContext, type ScenarioResult } from './scenario';

const P99_LIMIT_MS = 250;

export interface Step {
  readonly rate: number;
  readonly achieved: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly failures: number;
  readonly generatorLagP99Ms: number;
  /** The API's peak resident memory during the step (steps against the API only). */
  readonly apiPeakMb?: number;
  /** The API's CPU per answered co-sign during the step, in ms: what a change to the hot path costs or saves, steadier than p99. */
  readonly apiCpuMsPerCosign?: number;
  /** The machine's CPU steal during the step (0–1): a step slowed by other guests says so. */
  readonly steal: number;
  /** Redis commands per answered co-sign (steps against the API only), by command: round trips, where latency is noisy. */
  readonly redisCommandsPerCosign?: Record<string, number>;
  readonly ok: boolean;
}

const ratesOf = (quick: boolean): number[] =>
  // The low steps cost little and still say something when the machine is shared and slow.
  quick ? [25, 50, 100, 200, 400, 800, 1200, 1600] : [25, 50, 100, 250, 500, 750, 1000, 1250, 1500, 1750, 2000, 2500, 3000];

/** Kept up: every request answered 2xx and the answers came at (nearly) the offered rate. */
const keptUp = (rate: number, stream: StreamResult): boolean => stream.ok === stream.scheduled && stream.achievedPerSecond >= rate * 0.95;

/**
 * Steps the arrival rate up. The sustainable rate is the last step with p99 ≤ 250 ms and no
 * failure; stepping goes on past it while the server still keeps up (slowly), and the last such
 * step is its capacity, which shows a difference even on a box too busy for the latency limit.
 * Every step co-signs fresh proposals, so people never repeat.
 */
export const stepRates = async (
  ctx: BenchContext,
  label: string,
  baseUrl: string,
  pathPrefix: string,
  proposalsPerStep: number,
  apiPid?: number,
): Promise<{ sustainable: number; capacity: number; steps: Step[] }> => {
  const steps: Step[] = [];
  let sustainable = 0;
  let capacity = 0;
  let latencyHeld = true;
  for (const rate of ratesOf(ctx.quick)) {
    const proposalIds = await createProposals(ctx.platform.pool, ctx.cycleId, ctx.proposerId, proposalsPerStep);
    const count = Math.round(rate * ctx.stepSeconds);
    const memory = apiPid === undefined ? null : sampleMemory(apiPid);
    const cpu: { meter?: ReturnType<typeof measureCpu> } = {};
    const steal = measureSteal();
    const redis = apiPid === undefined ? null : await countRedisCommands(ctx.platform.redisUrl);
    const result = await runLoad({
      baseUrl,
      durationMs: ctx.stepSeconds * 1000,
      connections: 256,
      streams: [{ name: 'cosign', rate, requests: cosignRequests(pathPrefix, ctx.users, proposalIds, count) }],
    }, () => {
      // Not while the generator opens its 256 connections: that alone costs the API about half a second of CPU.
      if (apiPid !== undefined) cpu.meter = measureCpu(apiPid);
    });
    const stolen = steal.stop();
    const redisCommands = await redis?.stop();
    const apiPeakMb = memory?.stop();
    const apiCpu = cpu.meter?.stop();
    const stream = result.streams[0];
    if (stream === undefined) throw new Error('no stream result');
    const apiCpuMsPerCosign = apiCpu === undefined || stream.ok === 0 ? undefined : (apiCpu.seconds * 1000) / stream.ok;
    const redisPerCosign = redisCommands === undefined || stream.ok === 0 ? undefined : commandsPer(redisCommands, stream.ok);
    const kept = keptUp(rate, stream);
    const ok = kept && stream.p99Ms <= P99_LIMIT_MS;
    steps.push({
      rate,
      achieved: stream.achievedPerSecond,
      p50Ms: stream.p50Ms,
      p99Ms: stream.p99Ms,
      failures: stream.scheduled - stream.ok,
      generatorLagP99Ms: result.generatorLagP99Ms,
      ...(apiPeakMb === undefined ? {} : { apiPeakMb }),
      ...(apiCpuMsPerCosign === undefined ? {} : { apiCpuMsPerCosign }),
      steal: stolen,
      ...(redisPerCosign === undefined ? {} : { redisCommandsPerCosign: redisPerCosign }),
      ok,
    });
    ctx.log(`${label} ${rate}/s: ${stream.achievedPerSecond}/s p50 ${stream.p50Ms} ms p99 ${stream.p99Ms} ms, ${stream.scheduled - stream.ok} failed ${JSON.stringify(stream.statuses)}, generator lag p99 ${result.generatorLagP99Ms.toFixed(1)} ms, CPU ${result.generatorCpuCores.toFixed(2)} cores${apiPeakMb === undefined ? '' : `, API RSS peak ${apiPeakMb.toFixed(0)} MB`}${apiCpu === undefined || apiCpuMsPerCosign === undefined ? '' : `, API CPU ${apiCpu.cores.toFixed(2)} cores (${apiCpuMsPerCosign.toFixed(2)} ms a co-sign)`}, CPU steal ${formatShare(stolen)}${redisCommands === undefined ? '' : `; Redis commands a co-sign: ${describeCommandsPer(redisCommands, stream.ok)}`}`);
    if (!kept) break;
    capacity = rate;
    latencyHeld &&= ok;
    if (latencyHeld) sustainable = rate;
  }
  return { sustainable, capacity, steps };
};

/** G1 (hot proposal, vs the bare baseline and pgbench), G1b (hot vs spread) and G7 (API memory under G1). */
export const cosignThroughput = async (ctx: BenchContext, only: (id: string) => boolean): Promise<ScenarioResult[]> => {
  const results: ScenarioResult[] = [];
  const memory = sampleMemory(ctx.platform.apiPid);
  const hot = await stepRates(ctx, 'G1 api hot', ctx.platform.baseUrl, API_PREFIX, 1, ctx.platform.apiPid);
  const peakMb = memory.stop();
  ctx.sustainableRate = hot.sustainable;

  if (only('G1')) {
    const bare = await startBareServer(ctx.platform.databaseUrl, ctx.counterMode, 10);
    const bareSteps = await stepRates(ctx, 'G1 bare hot', bare.baseUrl, '', 1).finally(() => bare.stop());
    const pgbench = findPgbench();
    const db =
      pgbench === null
        ? null
        : await runPgbench(pgbench, ctx.platform.pool, ctx.platform.databaseUrl, {
            userIds: ctx.users.map((u) => u.id),
            proposalIds: await createProposals(ctx.platform.pool, ctx.cycleId, ctx.proposerId, 1),
            mode: ctx.counterMode,
            seconds: ctx.stepSeconds,
            clients: 16,
          });
    if (db !== null) ctx.log(`G1 pgbench (closed loop, 16 clients, hot proposal): ${db.tps} tps, latency avg ${db.latencyAvgMs} ms`);
    results.push({
      id: 'G1',
      title: 'co-signs/s by distinct people, one hot proposal, p99 ≤ 250 ms',
      target: '≥ 0.5× bare and ≥ 1,000/s',
      measured: `${hot.sustainable}/s, keeps up to ${hot.capacity}/s (bare ${bareSteps.sustainable}/s, keeps up to ${bareSteps.capacity}/s${db ? `; pgbench ${db.tps} tps` : ''})`,
      pass: hot.sustainable >= 1000 && hot.sustainable >= 0.5 * bareSteps.sustainable,
      details: { api: hot, bare: bareSteps, pgbench: db },
    });
  }
  if (only('G1b')) {
    const spread = await stepRates(ctx, 'G1b api spread', ctx.platform.baseUrl, API_PREFIX, 1000);
    // Judged on capacity when neither met the latency limit (a busy box), else on sustainable rates.
    const [a, b] = spread.sustainable === 0 ? [hot.capacity, spread.capacity] : [hot.sustainable, spread.sustainable];
    const ratio = b === 0 ? 0 : a / b;
    results.push({
      id: 'G1b',
      title: 'one hot proposal vs spread over 1,000 (sustainable rates)',
      target: 'ratio ≥ 0.9',
      measured: `${ratio.toFixed(2)} (${a}/s vs ${b}/s${spread.sustainable === 0 ? ', capacities' : ''})`,
      pass: ratio >= 0.9,
      details: { hot: hot.sustainable, spread },
    });
  }
  if (only('G7')) {
    const sustainablePeak = Math.max(0, ...hot.steps.filter((step) => step.rate <= hot.sustainable).map((step) => step.apiPeakMb ?? 0));
    results.push({
      id: 'G7',
      title: 'API resident memory under G1',
      target: '< 300 MB',
      // Judged on the peak of the whole G1 run, overloaded steps included; the peak up to the
      // sustainable rate is shown beside it.
      measured: `${peakMb.toFixed(0)} MB peak (${sustainablePeak.toFixed(0)} MB up to ${hot.sustainable}/s)`,
      pass: peakMb < 300,
      details: { peakMb, sustainablePeakMb: sustainablePeak },
    });
  }
  return results;
};
