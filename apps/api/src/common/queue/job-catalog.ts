/**
 * Every queue and every job the platform runs, with its payload type: the one place they are named.
 * A job name belongs to exactly one queue; the worker refuses to boot unless each has exactly one handler.
 */
export const QUEUE_NAMES = ['maintenance'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobPayloads {
  /** Proves the whole path API → Redis → worker → socket.io works; also feeds /api/health. */
  'maintenance.heartbeat': { readonly requestedBy: 'api' | 'scheduler' | 'test' };
}

export type JobName = keyof JobPayloads;

export const JOB_QUEUE: { readonly [N in JobName]: QueueName } = {
  'maintenance.heartbeat': 'maintenance',
};

export const JOB_NAMES = Object.keys(JOB_QUEUE) as JobName[];
