import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { RealtimeContext } from './realtime-context';
import { createRealtimeSocket, type RealtimeSocket } from './realtime-socket';
import { useProposalWatch } from './use-proposal-watch';

const A = '0b6f6a9e-2f1c-4c1e-9d55-1f2a3b4c5d6e';
const B = '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';

/** A socket that never touches the network: emits are recorded, `connect` is driven by hand. */
const fakeSocket = (connected: boolean) => {
  const socket = createRealtimeSocket({ autoConnect: false });
  socket.connected = connected;
  const emit = vi.spyOn(socket, 'emit').mockImplementation(() => socket);
  const sent = () => emit.mock.calls.map(([event, id]) => `${String(event)} ${String(id)}`);
  const reconnect = () =>
    act(() => {
      socket.connected = true;
      for (const listener of socket.listeners('connect')) listener();
    });
  return { socket, sent, reconnect };
};

const watching = (socket: RealtimeSocket, initial: string) =>
  renderHook(({ id }: { id: string }) => useProposalWatch(id), {
    initialProps: { id: initial },
    wrapper: ({ children }: { children: ReactNode }) => <RealtimeContext value={socket}>{children}</RealtimeContext>,
  });

describe('useProposalWatch', () => {
  it('watches on mount and unwatches on unmount', () => {
    const { socket, sent } = fakeSocket(true);
    const { unmount } = watching(socket, A);
    expect(sent()).toEqual([`proposal.watch ${A}`]);
    unmount();
    expect(sent()).toEqual([`proposal.watch ${A}`, `proposal.unwatch ${A}`]);
    expect(socket.listeners('connect')).toHaveLength(0);
  });

  it('watches again after every reconnect, since the server forgets rooms', () => {
    const { socket, sent, reconnect } = fakeSocket(true);
    watching(socket, A);
    reconnect();
    reconnect();
    expect(sent()).toEqual([`proposal.watch ${A}`, `proposal.watch ${A}`, `proposal.watch ${A}`]);
  });

  it('waits for the connection instead of sending twice (buffered emit plus connect)', () => {
    const { socket, sent, reconnect } = fakeSocket(false);
    watching(socket, A);
    expect(sent()).toEqual([]);
    reconnect();
    expect(sent()).toEqual([`proposal.watch ${A}`]);
  });

  it('moves to the new proposal when the id changes', () => {
    const { socket, sent } = fakeSocket(true);
    const { rerender } = watching(socket, A);
    rerender({ id: B });
    expect(sent()).toEqual([`proposal.watch ${A}`, `proposal.unwatch ${A}`, `proposal.watch ${B}`]);
  });

  it('keeps the room while another component still watches the same proposal', () => {
    const { socket, sent } = fakeSocket(true);
    const first = watching(socket, A);
    const second = watching(socket, A);
    first.unmount();
    expect(sent()).toEqual([`proposal.watch ${A}`]);
    second.unmount();
    expect(sent()).toEqual([`proposal.watch ${A}`, `proposal.unwatch ${A}`]);
  });
});
