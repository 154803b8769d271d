import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { createTestDatabase, dropTestDatabase, newTestRunId } from '@open-proposals/tools/platform/databases';
import { freePort } from '@open-proposals/tools/platform/free-port';
import { migrate, waitForHealth, type PlatformEnv } from '@open-proposals/tools/platform/platform-processes';
import { deleteKeys } from '@open-proposals/tools/platform/redis-keys';

const ROOT = resolve(__dirname, '../../../../..');
const DIST = join(ROOT, 'apps/api/dist');
const LOG_DIR = join(ROOT, '.data/chaos-logs');

/** The machine's services, as the other tiers find them (npm test sets both). */
export const chaosServices = (): { serverUrl: string; redisUrl: string } => {
  const serverUrl = process.env['DATABASE_URL'];
  const redisUrl = process.env['REDIS_URL'];
  if (!serverUrl || !redisUrl) throw new Error('chaos tests need DATABASE_URL and REDIS_URL; "npm test" provides both');
  return { serverUrl, redisUrl };
};

export type ProcessKind = 'api' | 'worker';

/** One built process (apps/api/dist/main.js or worker.js) that the test may kill and start again. */
export class PlatformProcess {
  private child: ChildProcess | null = null;
  private exit: Promise<void> = Promise.resolve();
  /** Exits the test did not cause (a crash under chaos is a finding). */
  readonly unexpectedExits: string[] = [];
  private expectingExit = false;

  constructor(
    readonly name: string,
    readonly kind: ProcessKind,
    private readonly env: PlatformEnv,
    private readonly log: (name: string, line: string) => void,
  ) {}

  get port(): number {
    return Number(this.env.PORT);
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.env.PORT}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts the process; an API is ready once /api/health answers 200 (so the worker's heartbeat too). */
  async start(options: { waitForHealth?: boolean } = {}): Promise<void> {
    const child = spawn(process.execPath, [join(DIST, this.kind === 'api' ? 'main.js' : 'worker.js')], {
      cwd: ROOT,
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).forEach((line) => this.log(this.name, line)));
    }
    this.expectingExit = false;
    this.exit = new Promise((done) =>
      child.once('exit', (code, signal) => {
        if (!this.expectingExit) this.unexpectedExits.push(`${this.name} exited (code ${code}, signal ${signal})`);
        done();
      }),
    );
    this.child = child;
    if (this.kind === 'api' && options.waitForHealth !== false) await waitForHealth(this.baseUrl, 90_000);
  }

  /** SIGKILL: no shutdown hook runs, as when a node dies or is OOM-killed. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (this.child === null || this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.expectingExit = true;
    this.child.kill(signal);
    const force = setTimeout(() => this.child?.kill('SIGKILL'), 15_000);
    await this.exit;
    clearTimeout(force);
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }
}

/**
 * A throwaway database (op_chaos_test_*), migrated, and a Redis key prefix of its own, on which
 * a test starts as many API and worker processes as it wants. Everything is removed at the end.
 */
export class ChaosRun {
  readonly processes: PlatformProcess[] = [];
  readonly logLines: string[] = [];
  private pools: pg.Pool[] = [];

  private constructor(
    readonly serverUrl: string,
    readonly redisUrl: string,
    readonly database: string,
    readonly databaseUrl: string,
    readonly redisPrefix: string,
    readonly pool: pg.Pool,
    private readonly extraEnv: Readonly<Record<string, string>>,
  ) {
    this.pools.push(pool);
  }

  /** `redisUrl`: the test's own redis-server, or the machine's (keys under a prefix of this run). */
  static async create(label: string, options: { redisUrl?: string; env?: Readonly<Record<string, string>> } = {}): Promise<ChaosRun> {
    const services = chaosServices();
    const runId = newTestRunId();
    const database = `op_chaos_test_${label}_${runId}`;
    const databaseUrl = await createTestDatabase(services.serverUrl, database);
    const redisUrl = options.redisUrl ?? services.redisUrl;
    const run = new ChaosRun(
      services.serverUrl,
      redisUrl,
      database,
      databaseUrl,
      `op-chaos-test-${runId}`,
      new pg.Pool({ connectionString: databaseUrl, max: 4 }),
      options.env ?? {},
    );
    // Terminated connections of this pool (the PostgreSQL outage) must not crash the test.
    run.pool.on('error', () => undefined);
    const env = await run.envFor('migrate');
    await migrate(ROOT, env, (name, line) => run.record(name, line));
    return run;
  }

  async envFor(_name: string): Promise<PlatformEnv> {
    return {
      DATABASE_URL: this.databaseUrl,
      REDIS_URL: this.redisUrl,
      REDIS_PREFIX: this.redisPrefix,
      PORT: String(await freePort()),
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      // Thousands of people co-sign from one loopback address here; rate limits (where the build
      // has them; an unknown variable is ignored) must not turn the chaos into 429s.
      ...({ RATE_LIMIT_MULTIPLIER: '100000' } as Record<string, string>),
      ...this.extraEnv,
    };
  }

  /** Declares a process (not started yet). */
  async process(name: string, kind: ProcessKind): Promise<PlatformProcess> {
    const proc = new PlatformProcess(name, kind, await this.envFor(name), (n, line) => this.record(n, line));
    this.processes.push(proc);
    return proc;
  }

  /** A pool of its own (e.g. one made after an outage that broke the shared one). */
  newPool(): pg.Pool {
    const pool = new pg.Pool({ connectionString: this.databaseUrl, max: 2 });
    pool.on('error', () => undefined);
    this.pools.push(pool);
    return pool;
  }

  record(name: string, line: string): void {
    this.logLines.push(`[${name}] ${line}`);
    if (this.logLines.length > 20_000) this.logLines.shift();
  }

  /** The processes' last lines, for a failure message. */
  tail(lines = 60): string {
    return this.logLines.slice(-lines).join('\n');
  }

  unexpectedExits(): string[] {
    return this.processes.flatMap((p) => p.unexpectedExits);
  }

  async stop(): Promise<void> {
    // Workers first, so no job is half-done when the APIs go; SIGTERM lets them finish cleanly.
    for (const proc of this.processes.filter((p) => p.kind === 'worker')) await proc.kill('SIGTERM');
    await Promise.all(this.processes.filter((p) => p.kind === 'api').map((p) => p.kill('SIGTERM')));
    await Promise.all(this.pools.map((p) => p.end().catch(() => undefined)));
    // The processes' output, for reading after a failure (.data is never committed).
    mkdirSync(LOG_DIR, { recursive: true });
    writeFileSync(join(LOG_DIR, `${this.database}.log`), `${this.logLines.join('\n')}\n`);
    await dropTestDatabase(this.serverUrl, this.database);
    await deleteKeys(this.redisUrl, `${this.redisPrefix}*`).catch(() => 0);
  }
}

/** Polls until `check` answers true, or fails with what it last saw. */
export const waitFor = async (what: string, check: () => Promise<boolean | string>, timeoutMs: number, everyMs = 200): Promise<number> => {
  const started = Date.now();
  let last: boolean | string = false;
  while (Date.now() - started < timeoutMs) {
    try {
      last = await check();
      if (last === true) return Date.now() - started;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(everyMs);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${String(last)})`);
};

export const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** One figure line per case, easy to grep from the run's output. */
export const figures = (name: string, values: Readonly<Record<string, string | number | boolean>>): void => {
  const line = `[chaos] ${name}: ${Object.entries(values).map(([k, v]) => `${k}=${v}`).join(' ')}`;
  process.stdout.write(`${line}\n`);
};
