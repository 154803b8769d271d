import { JOB_NAMES, JOB_QUEUE, OUTBOX_ROUTES, QUEUE_NAMES, type JobName } from './job-catalog';
import { JobHandlerRegistryError, assertOneHandlerEach } from './job-workers.service';

const everyJobOnce = (): Map<JobName, string[]> => new Map(JOB_NAMES.map((name) => [name, [`handler of ${name}`]]));

describe('the job catalog', () => {
  it('puts every job on a declared queue', () => {
    for (const name of JOB_NAMES) expect(QUEUE_NAMES).toContain(JOB_QUEUE[name]);
  });

  it.each(Object.entries(OUTBOX_ROUTES))('starts at most one job per queue for %s (jobId = event id must stay unique)', (_event, jobs) => {
    const queues = jobs.map((job) => JOB_QUEUE[job]);
    expect(new Set(queues).size).toBe(queues.length);
  });
});

describe('assertOneHandlerEach', () => {
  it('accepts exactly one handler per job', () => {
    expect(assertOneHandlerEach(everyJobOnce()).size).toBe(JOB_NAMES.length);
  });

  it('refuses to boot when a job has no handler', () => {
    const found = everyJobOnce();
    found.delete('maintenance.heartbeat');
    expect(() => assertOneHandlerEach(found)).toThrow(new JobHandlerRegistryError('Job handlers are wrong: job "maintenance.heartbeat" has no handler'));
  });

  it('refuses to boot when a job has two handlers', () => {
    const found = everyJobOnce();
    found.set('maintenance.heartbeat', ['a', 'b']);
    expect(() => assertOneHandlerEach(found)).toThrow('job "maintenance.heartbeat" has 2 handlers');
  });

  it('refuses a handler for a job the catalog does not know', () => {
    const found = everyJobOnce() as Map<string, string[]>;
    found.set('maintenance.unknown', ['x']);
    expect(() => assertOneHandlerEach(found as Map<JobName, string[]>)).toThrow('handler for unknown job "maintenance.unknown"');
  });
});
