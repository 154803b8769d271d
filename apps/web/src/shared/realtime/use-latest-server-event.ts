import type { ServerEventName } from '@open-proposals/domain';
import { useCallback, useSyncExternalStore } from 'react';
import { useRealtimeSocket } from './realtime-context';
import { latestServerEvent, rememberServerEvent, type ServerEventPayload } from './realtime-socket';

/**
 * The latest payload of a state-like server event (a heartbeat, a count), including one that
 * arrived before this component mounted; null until the first arrives.
 */
export const useLatestServerEvent = <E extends ServerEventName>(event: E): ServerEventPayload<E> | null => {
  const socket = useRealtimeSocket();
  const subscribe = useCallback(
    (onChange: () => void) => {
      // socket.io's listener type for E is a conditional type TypeScript cannot resolve while E is generic.
      const listener = ((payload: ServerEventPayload<E>) => {
        rememberServerEvent(socket, event, payload);
        onChange();
      }) as Parameters<typeof socket.on<E>>[1];
      socket.on(event, listener);
      return () => {
        socket.off(event, listener);
      };
    },
    [socket, event],
  );
  return useSyncExternalStore(subscribe, () => latestServerEvent(socket, event));
};
