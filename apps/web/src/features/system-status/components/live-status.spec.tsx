import type { WorkerHeartbeatEvent } from '@open-proposals/domain';
import { act, screen } from '@testing-library/react';
import { createRealtimeSocket, type RealtimeSocket } from '../../../shared/realtime/realtime-socket';
import { anActionPlanList, jsonResponse, stubFetch } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';

/** Delivers a server event to the listeners the app registered, as socket.io would on receipt. */
const receiveHeartbeat = (socket: RealtimeSocket, event: WorkerHeartbeatEvent) =>
  act(() => {
    for (const listener of socket.listeners('system.heartbeat')) listener(event);
  });

describe('live status in the footer', () => {
  it('shows when the worker was last seen, in Taipei time and the reader’s language', () => {
    stubFetch(jsonResponse(anActionPlanList()));
    const { services } = renderApp();
    const heartbeat = screen.getByTestId('worker-heartbeat');
    expect(heartbeat.textContent).toBe('尚未收到背景工作的回報');

    receiveHeartbeat(services.socket, { at: '2024-05-31T16:30:05.000Z', jobId: 'hb-1' });

    expect(heartbeat.textContent).toMatch(/^背景工作最後回報時間：2024年6月1日 .*12:30:05/);
    expect(heartbeat.querySelector('time')?.getAttribute('datetime')).toBe('2024-05-31T16:30:05.000Z');

    act(() => void services.i18n.changeLanguage('en'));
    expect(heartbeat.textContent).toMatch(/^Worker last seen at Jun 1, 2024, 12:30:05\sAM Taiwan Time$/);
  });

  it('shows a heartbeat that arrived before the page mounted (the server sends the last one on connect)', () => {
    stubFetch(jsonResponse(anActionPlanList()));
    const socket = createRealtimeSocket({ autoConnect: false });
    // What socket.io does on receipt: catch-all listeners first, then the event's own.
    for (const listener of socket.listenersAny()) listener('system.heartbeat', { at: '2024-05-31T16:30:05.000Z', jobId: 'hb-0' });
    renderApp({ socket });
    expect(screen.getByTestId('worker-heartbeat').querySelector('time')?.getAttribute('datetime')).toBe('2024-05-31T16:30:05.000Z');
  });

  it('stops listening when the app unmounts', () => {
    stubFetch(jsonResponse(anActionPlanList()));
    const { services, unmount } = renderApp();
    expect(services.socket.listeners('system.heartbeat')).toHaveLength(1);
    unmount();
    expect(services.socket.listeners('system.heartbeat')).toHaveLength(0);
  });
});

