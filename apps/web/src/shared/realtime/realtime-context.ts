import { createContext, use } from 'react';
import type { RealtimeSocket } from './realtime-socket';

/** Render as <RealtimeContext value={socket}> once in the app shell so every feature shares one connection. */
export const RealtimeContext = createContext<RealtimeSocket | null>(null);

export const useRealtimeSocket = (): RealtimeSocket => {
  const socket = use(RealtimeContext);
  if (!socket) throw new Error('useRealtimeSocket needs a <RealtimeContext> above it.');
  return socket;
};
