import { useCallback, useSyncExternalStore } from 'react';
import { useRealtimeSocket } from './realtime-context';

/** Whether the shared socket is connected right now. */
export const useRealtimeConnected = (): boolean => {
  const socket = useRealtimeSocket();
  const subscribe = useCallback(
    (onChange: () => void) => {
      socket.on('connect', onChange);
      socket.on('disconnect', onChange);
      return () => {
        socket.off('connect', onChange);
        socket.off('disconnect', onChange);
      };
    },
    [socket],
  );
  return useSyncExternalStore(subscribe, () => socket.connected);
};
