import { useEffect, useEffectEvent } from 'react';
import { useRealtimeSocket } from './realtime-context';

/**
 * Calls `onReconnect` each time the socket connects again after having been connected while the
 * component was mounted. Events sent while it was away are lost (the server does not replay
 * them), so a page reads again what they would have told it. The first connection is not a
 * reconnect: the page has just read its data.
 */
export const useReconnected = (onReconnect: () => void): void => {
  const socket = useRealtimeSocket();
  const reconnected = useEffectEvent(onReconnect);
  useEffect(() => {
    let wasConnected = socket.connected;
    const onConnect = (): void => {
      if (wasConnected) reconnected();
      wasConnected = true;
    };
    socket.on('connect', onConnect);
    return () => {
      socket.off('connect', onConnect);
    };
  }, [socket]);
};
