/** What the main process asks the load generator (a child process) to do, and what it answers. */

export interface RequestSpec {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface StreamPlan {
  readonly name: string;
  /** Scheduled arrivals per second (an open model: the clock, not the responses, sets the pace). */
  readonly rate: number;
  /** Cycled through in order; a write stream gives one per arrival so no request repeats. */
  readonly requests: readonly RequestSpec[];
  /** Copies sent at each arrival at once (G3: identical parallel submits). */
  readonly burst?: number;
  /** Answer the wall-clock time (ms) each 2xx response arrived (G4). */
  readonly recordCompletions?: boolean;
}

export interface LoadPlan {
  readonly baseUrl: string;
  readonly durationMs: number;
  readonly connections: number;
  readonly streams: readonly StreamPlan[];
  /** How long to wait for answers after the last arrival (default 20 s). */
  readonly drainMs?: number;
  /** A request with no answer after this long counts as a timeout (default 15 s). */
  readonly requestTimeoutMs?: number;
}

export interface StreamResult {
  readonly name: string;
  readonly scheduled: number;
  readonly completed: number;
  readonly ok: number;
  readonly statuses: Readonly<Record<string, number>>;
  readonly errors: number;
  /** 2xx answers that arrived by one second after the last arrival, per second of the run: a server that queues shows less. */
  readonly achievedPerSecond: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly completions?: readonly number[];
}

export interface LoadResult {
  readonly streams: readonly StreamResult[];
  /** The generator's own event-loop delay: large values mean the measurement itself lagged. */
  readonly generatorLagP99Ms: number;
  readonly generatorLagMaxMs: number;
  /** Cores the generator itself used while it sent and awaited the plan's requests: on 2 cores, what it takes from the server. */
  readonly generatorCpuCores: number;
}
