import { QueryFailedError } from 'typeorm';
import { isDeadlock, retryOnDeadlock } from './retry-on-deadlock';

const deadlock = (): Error => new QueryFailedError('WITH …', [], Object.assign(new Error('deadlock detected'), { code: '40P01' }));

/** A statement that fails with the given errors, one per call, then answers `done`. */
const failingWith = (...errors: Error[]): { statement: () => Promise<string>; calls: () => number } => {
  let calls = 0;
  return {
    statement: () => {
      const error = errors[calls];
      calls += 1;
      return error === undefined ? Promise.resolve('done') : Promise.reject(error);
    },
    calls: () => calls,
  };
};

describe('retryOnDeadlock', () => {
  it('runs a statement PostgreSQL chose to break a deadlock with again, until it succeeds', async () => {
    const run = failingWith(deadlock(), deadlock());
    await expect(retryOnDeadlock(run.statement)).resolves.toBe('done');
    expect(run.calls()).toBe(3);
  });

  it('gives up after the last try, with the deadlock', async () => {
    const run = failingWith(deadlock(), deadlock(), deadlock());
    await expect(retryOnDeadlock(run.statement)).rejects.toThrow('deadlock detected');
    expect(run.calls()).toBe(3);
  });

  it('never runs a statement again for any other error', async () => {
    const unique = new QueryFailedError('INSERT', [], Object.assign(new Error('duplicate key'), { code: '23505' }));
    const run = failingWith(unique);
    await expect(retryOnDeadlock(run.statement)).rejects.toBe(unique);
    expect(run.calls()).toBe(1);
  });

  it('recognises the deadlock by its SQLSTATE only', () => {
    expect(isDeadlock(deadlock())).toBe(true);
    expect(isDeadlock(new Error('deadlock detected'))).toBe(false);
    expect(isDeadlock('40P01')).toBe(false);
  });
});
