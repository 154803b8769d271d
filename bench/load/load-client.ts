import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { LoadPlan, LoadResult } from './load-plan';

type GeneratorMessage = { clockStarted: true } | { ok: true; result: LoadResult } | { ok: false; error: string };

/**
 * Runs one load plan in a fresh generator process and answers its figures. `onClockStart` is
 * called when the first arrival is due, after the generator has opened its connections.
 */
export const runLoad = (plan: LoadPlan, onClockStart?: () => void): Promise<LoadResult> =>
  new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'generator.process.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answered = false;
    child.on('message', (message: GeneratorMessage) => {
      if ('clockStarted' in message) return onClockStart?.();
      answered = true;
      if (message.ok) resolve(message.result);
      else reject(new Error(`load generator failed: ${message.error}`));
    });
    child.once('exit', (code) => {
      if (!answered) reject(new Error(`load generator exited with code ${code} before answering`));
    });
    child.send(plan);
  });
