import type { RealtimeSocket } from './realtime-socket';

interface Watch {
  count: number;
  readonly join: () => void;
}

const watchesBySocket = new WeakMap<RealtimeSocket, Map<string, Watch>>();

/**
 * Joins the proposal's room on the server while at least one caller watches it, and rejoins after
 * every reconnect (the server forgets a socket's rooms when it drops). Counted per proposal, so
 * a page and a widget watching the same proposal do not unwatch each other.
 * Returns the function that ends this caller's watch.
 */
export const watchProposal = (socket: RealtimeSocket, proposalId: string): (() => void) => {
  let watches = watchesBySocket.get(socket);
  if (watches === undefined) {
    watches = new Map();
    watchesBySocket.set(socket, watches);
  }
  const existing = watches.get(proposalId);
  if (existing !== undefined) {
    existing.count += 1;
  } else {
    // A refusal (an invalid id) needs no handling: the room just stays silent.
    const join = (): void => {
      socket.emit('proposal.watch', proposalId, () => undefined);
    };
    watches.set(proposalId, { count: 1, join });
    socket.on('connect', join);
    // Only when connected: socket.io would buffer the emit and `connect` would send it twice.
    if (socket.connected) join();
  }

  let ended = false;
  return () => {
    const watch = watches.get(proposalId);
    if (ended || watch === undefined) return;
    ended = true;
    watch.count -= 1;
    if (watch.count > 0) return;
    watches.delete(proposalId);
    socket.off('connect', watch.join);
    if (socket.connected) socket.emit('proposal.unwatch', proposalId);
  };
};
