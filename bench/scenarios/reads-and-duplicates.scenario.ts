import { createProposals } from '../lib/seed';
import { runLoad } from '../load/load-client';
import type { RequestSpec, StreamResult } from '../load/load-plan';
import { API_PREFIX, cosignRequests, tally, waitUntilFlushed, type BenchContext, type ScenarioResult } from './scenario';

const streamOf = (streams: readonly StreamResult[], name: string): StreamResult => {
  const stream = streams.find((s) => s.name === name);
  if (stream === undefined) throw new Error(`no stream ${name}`);
  return stream;
};

/** Where G2's requests go: through the edge as deployed, or straight to the API. */
export interface ReadsRoute {
  readonly baseUrl: string;
  readonly via: 'edge' | 'api';
}

/**
 * G2: co-sign latency alone, then with the proposal page and its stats read at 10× the write
 * rate (a refresh storm), at half the sustainable write rate found by G1. Judged through the
 * edge as docker/nginx.conf deploys it (its one-second cache of public reads is the answer to a
 * refresh storm); `via: 'api'` measures the API alone, for comparison.
 */
export const readsDuringWrites = async (ctx: BenchContext, route: ReadsRoute): Promise<ScenarioResult> => {
  const writeRate = Math.max(10, Math.round((ctx.sustainableRate ?? 100) / 2));
  const label = route.via === 'edge' ? 'G2' : 'G2 api';
  const run = async (withReads: boolean): Promise<{ write: StreamResult; read?: StreamResult; lag: number; generatorCpuCores: number }> => {
    const [proposalId] = await createProposals(ctx.platform.pool, ctx.cycleId, ctx.proposerId, 1);
    if (proposalId === undefined) throw new Error('no proposal');
    const writes = cosignRequests(API_PREFIX, ctx.users, [proposalId], Math.round(writeRate * ctx.stepSeconds));
    const reads: RequestSpec[] = [
      { method: 'GET', path: `${API_PREFIX}/proposals/${proposalId}` },
      { method: 'GET', path: `${API_PREFIX}/proposals/${proposalId}/cosigns/stats` },
    ];
    const result = await runLoad({
      baseUrl: route.baseUrl,
      durationMs: ctx.stepSeconds * 1000,
      connections: 256,
      streams: [{ name: 'write', rate: writeRate, requests: writes }, ...(withReads ? [{ name: 'read', rate: writeRate * 10, requests: reads }] : [])],
    });
    const write = streamOf(result.streams, 'write');
    const read = withReads ? streamOf(result.streams, 'read') : undefined;
    ctx.log(`${label} ${withReads ? 'with reads' : 'alone'} at ${writeRate}/s: co-sign p99 ${write.p99Ms} ms (${write.scheduled - write.ok} failed)${read ? `; reads ${read.achievedPerSecond}/s p99 ${read.p99Ms} ms (${read.scheduled - read.ok} failed)` : ''}; generator lag p99 ${result.generatorLagP99Ms.toFixed(1)} ms, generator CPU ${result.generatorCpuCores.toFixed(2)} cores`);
    return { write, ...(read ? { read } : {}), lag: result.generatorLagP99Ms, generatorCpuCores: result.generatorCpuCores };
  };
  const alone = await run(false);
  const mixed = await run(true);
  const ratio = mixed.write.p99Ms / Math.max(alone.write.p99Ms, 0.001);
  const failures = mixed.write.scheduled - mixed.write.ok + (mixed.read ? mixed.read.scheduled - mixed.read.ok : 0);
  return {
    id: label,
    title: `co-signs at ${writeRate}/s with page + stats reads at ${writeRate * 10}/s, ${route.via === 'edge' ? 'through the edge cache (docker/nginx.conf)' : 'straight to the API (no edge; for comparison)'}`,
    target: route.via === 'edge' ? 'p99 with reads ÷ alone ≤ 1.3' : 'none (the edge is G2)',
    // The generator's own CPU beside it: on 2 cores, sending ten reads per co-sign takes much of the box.
    measured: `${ratio.toFixed(2)} (${mixed.write.p99Ms} / ${alone.write.p99Ms} ms; reads p99 ${mixed.read?.p99Ms ?? '-'} ms, ${failures} failed; generator ${mixed.generatorCpuCores.toFixed(2)} cores)`,
    pass: ratio <= 1.3 && failures === 0,
    details: { via: route.via, writeRate, alone, mixed },
  };
};

/** G3: 2,000 people (400 with --quick) each submit the same co-sign 5 times at once. */
export const duplicateSubmits = async (ctx: BenchContext): Promise<ScenarioResult> => {
  const people = ctx.quick ? 400 : 2000;
  const [proposalId] = await createProposals(ctx.platform.pool, ctx.cycleId, ctx.proposerId, 1);
  if (proposalId === undefined) throw new Error('no proposal');
  // Correctness, not speed: arrivals at half the sustainable co-sign rate (at least 20 people/s).
  const seconds = Math.ceil(people / Math.max(20, (ctx.sustainableRate ?? 0) / 2));
  const result = await runLoad({
    baseUrl: ctx.platform.baseUrl,
    durationMs: seconds * 1000,
    connections: 256,
    // Every submit must get its answer, however slow the box: this checks exactness, not speed.
    drainMs: 300_000,
    requestTimeoutMs: 300_000,
    streams: [{ name: 'submit', rate: people / seconds, burst: 5, requests: cosignRequests(API_PREFIX, ctx.users, [proposalId], people) }],
  });
  const stream = streamOf(result.streams, 'submit');
  await waitUntilFlushed(ctx.platform, [proposalId]);
  const { rows, count, pending } = await tally(ctx.platform, [proposalId]);
  ctx.log(`G3: ${JSON.stringify(stream.statuses)}, rows ${rows}, count ${count}, pending ${pending}, p99 ${stream.p99Ms} ms`);
  return {
    id: 'G3',
    title: `${people.toLocaleString('en')} people × 5 identical parallel submits`,
    target: `exactly ${people.toLocaleString('en')} rows; count = rows`,
    measured: `${rows} rows, count ${count}; ${stream.statuses['201'] ?? 0}×201 ${stream.statuses['200'] ?? 0}×200`,
    pass: rows === people && count === rows && stream.ok === stream.scheduled,
    details: { rows, count, pending, stream },
  };
};
