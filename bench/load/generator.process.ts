/**
 * The load generator, run as its own process so that its work is not counted in (or slowed by)
 * the main bench process. Requests are scheduled by the clock at a constant arrival rate and
 * each latency runs from the scheduled time, not from when the request could be sent: a server
 * that falls behind sees its queueing in the figures (no coordinated omission).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as hdr from 'hdr-histogram-js';
import { errors, Pool } from 'undici';
import { dueAtMs, requestsDue } from './arrival-schedule';
import type { LoadPlan, LoadResult, StreamPlan, StreamResult } from './load-plan';

const REQUEST_TIMEOUT_MS = 15_000;
const DRAIN_MS = 20_000;
/** Answers arriving this long after the last arrival still count towards the achieved rate. */
const ACHIEVED_SLACK_MS = 1_000;

interface StreamState {
  readonly plan: StreamPlan;
  readonly histogram: hdr.Histogram;
  readonly statuses: Record<string, number>;
  readonly completions: number[];
  scheduled: number;
  completed: number;
  ok: number;
  okInWindow: number;
  errors: number;
}

interface Timing {
  readonly windowEnd: number;
}

const send = (pool: Pool, state: StreamState, index: number, scheduledAt: number, timing: Timing, done: () => void): void => {
  const spec = state.plan.requests[index % state.plan.requests.length];
  if (spec === undefined) throw new Error(`stream ${state.plan.name} has no requests`);
  const finish = (status: string): void => {
    const now = performance.now();
    const elapsedUs = Math.max(1, Math.round((now - scheduledAt) * 1000));
    state.histogram.recordValue(elapsedUs);
    state.completed += 1;
    state.statuses[status] = (state.statuses[status] ?? 0) + 1;
    if (status.startsWith('2')) {
      state.ok += 1;
      if (now <= timing.windowEnd) state.okInWindow += 1;
      if (state.plan.recordCompletions === true) state.completions.push(Date.now());
    } else if (!/^\d/.test(status)) state.errors += 1;
    done();
  };
  const headers: Record<string, string> = { ...spec.headers };
  if (spec.body !== undefined) headers['content-type'] = 'application/json';
  pool
    .request({ method: spec.method, path: spec.path, headers, body: spec.body })
    .then(async ({ statusCode, body }) => {
      // The whole answer counts: its latency ends at the last byte, as a browser's would.
      await body.dump({ limit: Number.MAX_SAFE_INTEGER });
      finish(String(statusCode));
    })
    .catch((error: unknown) => finish(isTimeout(error) ? 'timeout' : 'socket_error'));
};

const isTimeout = (error: unknown): boolean =>
  error instanceof errors.HeadersTimeoutError || error instanceof errors.BodyTimeoutError || error instanceof errors.ConnectTimeoutError;

/**
 * Opens the pool's connections before the clock starts. Each step runs in a fresh generator
 * process, so without this every step began with hundreds of TCP connects, and the first
 * requests of each step queued behind them: a cost of the harness, not of the server, which in
 * production sits behind a proxy that keeps its upstream connections open.
 */
const openConnections = async (pool: Pool, connections: number): Promise<void> => {
  for (let round = 0; round < 2; round += 1) {
    await Promise.all(
      Array.from({ length: connections }, () =>
        pool.request({ method: 'GET', path: '/api/health/live' }).then(
          ({ body }) => body.dump(),
          () => undefined,
        ),
      ),
    );
  }
};

const run = async (plan: LoadPlan): Promise<LoadResult> => {
  const timeoutMs = plan.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  // undici rather than node:http: on a 2-core box the generator shares the CPU with the server it
  // measures: at 800 co-signs a second node:http's client used 0.42–0.44 of a core, undici 0.28–0.33.
  const pool = new Pool(new URL(plan.baseUrl).origin, { connections: plan.connections, headersTimeout: timeoutMs, bodyTimeout: timeoutMs, connectTimeout: timeoutMs });
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const states: StreamState[] = plan.streams.map((stream) => ({
    plan: stream,
    histogram: hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: 3 }),
    statuses: {},
    completions: [],
    scheduled: 0,
    completed: 0,
    ok: 0,
    okInWindow: 0,
    errors: 0,
  }));
  let inFlight = 0;
  let drained: (() => void) | undefined;
  const done = (): void => {
    inFlight -= 1;
    if (inFlight === 0) drained?.();
  };
  await openConnections(pool, plan.connections);
  // Whoever measures the server (its CPU per request) starts now, not while connections open.
  process.send?.({ clockStarted: true });
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const timing: Timing = { windowEnd: started + plan.durationMs + ACHIEVED_SLACK_MS };
  await new Promise<void>((resolve) => {
    const tick = (): void => {
      const now = performance.now();
      const elapsed = Math.min(now - started, plan.durationMs);
      for (const state of states) {
        const due = requestsDue(elapsed, plan.durationMs, state.plan.rate);
        const burst = state.plan.burst ?? 1;
        while (state.scheduled < due) {
          const scheduledAt = started + dueAtMs(state.scheduled, state.plan.rate);
          for (let copy = 0; copy < burst; copy += 1) {
            inFlight += 1;
            send(pool, state, state.scheduled, scheduledAt, timing, done);
          }
          state.scheduled += 1;
        }
      }
      if (now - started >= plan.durationMs) resolve();
      else setTimeout(tick, 1);
    };
    tick();
  });
  await new Promise<void>((resolve) => {
    if (inFlight === 0) return resolve();
    drained = resolve;
    setTimeout(resolve, plan.drainMs ?? DRAIN_MS).unref();
  });
  const cpu = process.cpuUsage(cpuBefore);
  const generatorCpuCores = (cpu.user + cpu.system) / 1000 / (performance.now() - started);
  lag.disable();
  await pool.destroy();
  const seconds = plan.durationMs / 1000;
  const streams: StreamResult[] = states.map((state) => ({
    name: state.plan.name,
    scheduled: state.scheduled * (state.plan.burst ?? 1),
    completed: state.completed,
    ok: state.ok,
    statuses: state.statuses,
    errors: state.errors + (state.scheduled * (state.plan.burst ?? 1) - state.completed),
    achievedPerSecond: Math.round(state.okInWindow / seconds),
    p50Ms: state.histogram.getValueAtPercentile(50) / 1000,
    p95Ms: state.histogram.getValueAtPercentile(95) / 1000,
    p99Ms: state.histogram.getValueAtPercentile(99) / 1000,
    maxMs: state.histogram.maxValue / 1000,
    ...(state.plan.recordCompletions === true ? { completions: state.completions } : {}),
  }));
  return { streams, generatorLagP99Ms: lag.percentile(99) / 1e6, generatorLagMaxMs: lag.max / 1e6, generatorCpuCores };
};

process.once('message', (plan: LoadPlan) => {
  run(plan).then(
    (result) => process.send?.({ ok: true, result }, () => process.exit(0)),
    (error: unknown) => process.send?.({ ok: false, error: String(error) }, () => process.exit(1)),
  );
});
