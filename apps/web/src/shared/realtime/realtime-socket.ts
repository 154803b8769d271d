import { REALTIME_PATH, type ClientToServerEvents, type ServerEventName, type ServerToClientEvents } from '@open-proposals/domain';
import { io, type Socket } from 'socket.io-client';

/** The app's one socket, typed both ways by the domain's contract. */
export type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export type ServerEventPayload<E extends ServerEventName> = Parameters<ServerToClientEvents[E]>[0];

export interface RealtimeSocketOptions {
  /** Tests pass false and drive events by hand. */
  readonly autoConnect?: boolean;
}

const latestBySocket = new WeakMap<RealtimeSocket, Map<ServerEventName, unknown>>();

/**
 * Connects to the same origin at /live, which the dev proxy and production both forward to the API.
 * The server sends current state (such as the last heartbeat) as soon as a socket connects, often
 * before any component listens, so the latest payload of every event is kept from the start.
 */
export const createRealtimeSocket = ({ autoConnect = true }: RealtimeSocketOptions = {}): RealtimeSocket => {
  const socket: RealtimeSocket = io({ path: REALTIME_PATH, autoConnect: false, withCredentials: true });
  const latest = new Map<ServerEventName, unknown>();
  latestBySocket.set(socket, latest);
  socket.onAny((event: ServerEventName, payload: unknown) => latest.set(event, payload));
  if (autoConnect) socket.connect();
  return socket;
};

export const latestServerEvent = <E extends ServerEventName>(socket: RealtimeSocket, event: E): ServerEventPayload<E> | null =>
  (latestBySocket.get(socket)?.get(event) as ServerEventPayload<E> | undefined) ?? null;

export const rememberServerEvent = <E extends ServerEventName>(socket: RealtimeSocket, event: E, payload: ServerEventPayload<E>): void => {
  latestBySocket.get(socket)?.set(event, payload);
};
