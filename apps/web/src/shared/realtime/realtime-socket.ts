import { REALTIME_PATH, type ServerToClientEvents } from '@open-proposals/domain';
import { io, type Socket } from 'socket.io-client';

/** The app's one socket: server→client events are typed by the domain's contract; the client sends none yet. */
export type RealtimeSocket = Socket<ServerToClientEvents>;

export interface RealtimeSocketOptions {
  /** Tests pass false and drive events by hand. */
  readonly autoConnect?: boolean;
}

/** Connects to the same origin at /live, which the dev proxy and production both forward to the API. */
export const createRealtimeSocket = ({ autoConnect = true }: RealtimeSocketOptions = {}): RealtimeSocket =>
  io({ path: REALTIME_PATH, autoConnect, withCredentials: true });
