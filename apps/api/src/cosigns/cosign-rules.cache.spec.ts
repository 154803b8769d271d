import { DEFAULT_PARTICIPATION_RULES, type ParticipationRules } from '@open-proposals/domain';
import type { ParticipationCyclesRepository } from '../proposals/participation-cycles.repository';
import { CosignRulesCache } from './cosign-rules.cache';

/** Cycles whose reads wait until the test releases them, so a read in flight can be observed. */
const heldCycles = (rules: ParticipationRules): { cycles: ParticipationCyclesRepository; release: () => void; reads: () => number } => {
  let reads = 0;
  let release = (): void => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const cycles = {
    byId: async () => {
      reads += 1;
      await gate;
      return { rules };
    },
  } as unknown as ParticipationCyclesRepository;
  return { cycles, release: () => release(), reads: () => reads };
};

describe('CosignRulesCache.settled (what a count flush may use without waiting)', () => {
  afterEach(() => jest.useRealTimers());

  it('has nothing before any read, and nothing while the read is still in flight', () => {
    const { cycles } = heldCycles(DEFAULT_PARTICIPATION_RULES);
    const cache = new CosignRulesCache(cycles);
    expect(cache.settled('c1')).toBeUndefined();
    void cache.of('c1');
    expect(cache.settled('c1')).toBeUndefined();
  });

  it('answers the rules once read, for that cycle only, and forgets them after the TTL', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-29T00:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] });
    const rules = { ...DEFAULT_PARTICIPATION_RULES, threshold: 42 };
    const { cycles, release, reads } = heldCycles(rules);
    const cache = new CosignRulesCache(cycles);
    const read = cache.of('c1');
    release();
    await read;
    expect(cache.settled('c1')).toEqual(rules);
    expect(cache.settled('c2')).toBeUndefined();
    expect(reads()).toBe(1);
    jest.setSystemTime(new Date('2026-11-29T00:00:06Z'));
    expect(cache.settled('c1')).toBeUndefined();
  });
});
