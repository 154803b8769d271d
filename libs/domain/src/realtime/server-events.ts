/**
 * The realtime contract between the API's socket.io gateway and the web app.
 * Both sides import this map, so an event renamed here breaks the build on both.
 */
export interface WorkerHeartbeatEvent {
  /** ISO time at which the worker processed the heartbeat job. */
  readonly at: string;
  readonly jobId: string;
}

export interface ServerToClientEvents {
  'system.heartbeat': (event: WorkerHeartbeatEvent) => void;
}

export type ServerEventName = keyof ServerToClientEvents;

/** socket.io path, shared so that proxies, the API and the client agree. */
export const REALTIME_PATH = '/live';
