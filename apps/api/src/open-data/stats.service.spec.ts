import type { Clock } from '../common/time/clock';
import type { StatsRepository } from './stats.repository';
import { StatsService } from './stats.service';

type Figures = Awaited<ReturnType<StatsRepository['figures']>>;

const figures = (published: number): Figures => ({
  proposalsByStage: [{ stage: 'open', count: published }],
  proposalsByArea: [],
  thresholdReach: { published, reached: 0, share: published === 0 ? null : 0 },
  medianDaysPerStage: [],
  leadingCosignCurves: [],
  agencyOnTime: [],
  commitmentCompletionByArea: [],
});

describe('StatsService', () => {
  const clock: Clock = { now: () => new Date('2026-01-02T03:04:05.000Z') };

  it('lets requests that arrive during a computation share it, and computes afresh afterwards', async () => {
    let release: (value: Figures) => void = () => undefined;
    const repository = { figures: jest.fn(() => new Promise<Figures>((resolve) => (release = resolve))) };
    const service = new StatsService(repository as unknown as StatsRepository, clock);
    const [a, b] = [service.current(), service.current()];
    release(figures(1));
    expect(await a).toBe(await b);
    expect(repository.figures).toHaveBeenCalledTimes(1);
    const c = service.current();
    release(figures(1));
    await c;
    expect(repository.figures).toHaveBeenCalledTimes(2);
  });

  it('tags equal figures alike whenever they were computed, and different figures differently', async () => {
    let next = figures(1);
    const service = new StatsService({ figures: () => Promise.resolve(next) } as unknown as StatsRepository, clock);
    const first = await service.current();
    expect(first.stats.generatedAt).toBe('2026-01-02T03:04:05.000Z');
    expect((await service.current()).etag).toBe(first.etag);
    next = figures(2);
    expect((await service.current()).etag).not.toBe(first.etag);
  });

  it('does not keep a failed computation: the next request tries again', async () => {
    const repository = { figures: jest.fn().mockRejectedValueOnce(new Error('database down')).mockResolvedValueOnce(figures(0)) };
    const service = new StatsService(repository as unknown as StatsRepository, clock);
    await expect(service.current()).rejects.toThrow('database down');
    await expect(service.current()).resolves.toMatchObject({ stats: { thresholdReach: { share: null } } });
  });
});
