import type { ServerEventName } from '@open-proposals/domain';
import { useEffect, useEffectEvent } from 'react';
import { useRealtimeSocket } from './realtime-context';
import type { ServerEventPayload } from './realtime-socket';

type EventPayload<E extends ServerEventName> = ServerEventPayload<E>;

/** Calls handler for each `event` from the server while the component is mounted; the latest handler always runs. */
export const useServerEvent = <E extends ServerEventName>(event: E, handler: (payload: EventPayload<E>) => void): void => {
  const socket = useRealtimeSocket();
  const onEvent = useEffectEvent(handler);

  useEffect(() => {
    // socket.io's listener type for E is a conditional type TypeScript cannot resolve while E is generic.
    const listener = ((payload: EventPayload<E>) => onEvent(payload)) as Parameters<typeof socket.on<E>>[1];
    socket.on(event, listener);
    return () => {
      socket.off(event, listener);
    };
  }, [socket, event]);
};
