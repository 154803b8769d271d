import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../test/render-app';
import { anAccount, clearSessionCookie, setSessionCookie } from '../../account/testing/account-fixtures';
import { PROPOSAL_ID, aProposalDetail, apiError, someStats, stubApi } from '../../proposals/testing/proposal-fixtures';
import type { NotificationItem, NotificationPage } from '../api/notifications-api';

const aNotification = (overrides: Partial<NotificationItem>): NotificationItem => ({
  id: 'n1',
  kind: 'proposal.published',
  proposalId: PROPOSAL_ID,
  proposalTitle: '公開各部會預算資料',
  createdAt: '2026-04-28T02:00:00.000Z',
  readAt: null,
  ...overrides,
});

const aNotificationPage = (items: NotificationItem[], unread: number): NotificationPage => ({ items, page: 1, pageSize: 20, total: items.length, unread });

describe('notifications', () => {
  beforeEach(() => setSessionCookie());
  afterEach(() => clearSessionCookie());

  it('says each kind in a sentence (a generic one for new kinds), marks read, and refreshes live', async () => {
    const first = aNotificationPage(
      [
        aNotification({ id: 'n1', kind: 'proposal.threshold_reached' }),
        aNotification({ id: 'n2', kind: 'proposal.brand_new_kind', readAt: '2026-04-28T03:00:00.000Z' }),
        aNotification({ id: 'n3', kind: 'agency.responded', proposalId: null, proposalTitle: null }),
      ],
      2,
    );
    const afterEvent = aNotificationPage([aNotification({ id: 'n4', kind: 'proposal.routed' }), ...first.items], 3);
    const { callsTo, fetchMock } = stubApi({
      'GET /api/v1/session/me': [{ body: anAccount() }],
      'GET /api/v1/me/notifications?page=1&pageSize=20': [{ body: first }, { body: afterEvent }],
      'GET /api/v1/me/notifications?page=1&pageSize=1': [{ body: { ...first, unread: 2 } }, { body: { ...first, unread: 3 } }, { body: { ...first, unread: 2 } }],
      'POST /api/v1/me/notifications/read': [{ body: { unread: 2 } }],
      'GET /api/v1/me/follows': [{ body: { items: [] } }],
    });
    const { services } = renderApp({ path: '/me/notifications' });

    await screen.findAllByTestId('notification');
    expect(screen.getAllByTestId('notification').map((item) => item.querySelector('p')?.textContent?.trim())).toEqual([
      '新 「公開各部會預算資料」已達附議門檻。',
      '「公開各部會預算資料」有新的動態。',
      '新 權責機關已回應「一則提議」。',
    ]);
    await waitFor(() => expect(screen.getByTestId('unread-badge').textContent).toContain('2'));

    act(() => {
      for (const listener of services.socket.listeners('notification')) listener({ id: 'n4', kind: 'proposal.routed', proposalId: PROPOSAL_ID, at: '2026-04-28T04:00:00.000Z' });
    });
    await waitFor(() => expect(screen.getAllByTestId('notification')).toHaveLength(4));
    expect(screen.getAllByTestId('notification')[0]?.textContent).toContain('「公開各部會預算資料」已交由推動小組與權責機關。');
    await waitFor(() => expect(screen.getByTestId('unread-badge').textContent).toContain('3'));

    fireEvent.click(within(screen.getAllByTestId('notification')[0] as HTMLElement).getByRole('button', { name: /標為已讀/ }));
    await waitFor(() => expect(callsTo('POST /api/v1/me/notifications/read')).toHaveLength(1));
    expect(JSON.parse(callsTo('POST /api/v1/me/notifications/read')[0]?.init?.body as string)).toEqual({ ids: ['n4'] });
    expect(new Headers(callsTo('POST /api/v1/me/notifications/read')[0]?.init?.headers).get('X-CSRF-Token')).toBe('csrf-abc');
    await waitFor(() => expect(screen.getByTestId('unread-badge').textContent).toContain('2'));
    expect(fetchMock).toHaveBeenCalled();
  });

  it('shows the empty state, and lists the proposals I follow', async () => {
    stubApi({
      'GET /api/v1/session/me': [{ body: anAccount() }],
      'GET /api/v1/me/notifications': [{ body: aNotificationPage([], 0) }],
      'GET /api/v1/me/follows': [{ body: { items: [{ proposalId: PROPOSAL_ID, title: '公開各部會預算資料', status: 'open', followedAt: '2026-04-28T02:00:00.000Z' }] } }],
    });
    renderApp({ path: '/me/notifications' });
    expect(await screen.findByText('目前沒有通知。')).toBeTruthy();
    const followed = await screen.findByTestId('followed-proposal');
    expect(within(followed).getByRole('link', { name: '公開各部會預算資料' }).getAttribute('href')).toBe(`/proposals/${PROPOSAL_ID}`);
    expect(followed.textContent).toContain('2026年4月28日 起追蹤');
  });

  it('says so when the notifications cannot be loaded', async () => {
    stubApi({
      'GET /api/v1/session/me': [{ body: anAccount() }],
      'GET /api/v1/me/notifications': [apiError(503, 'unavailable', '暫停服務')],
      'GET /api/v1/me/follows': [{ body: { items: [] } }],
    });
    renderApp({ path: '/me/notifications' });
    expect((await screen.findByText('無法載入通知，請稍後再試。')).closest('[role="alert"]')).toBeTruthy();
    expect(await screen.findByText(/你還沒有追蹤任何提議/)).toBeTruthy();
  });

  it('follows and unfollows a proposal from its page, only when signed in', async () => {
    const { callsTo } = stubApi({
      'GET /api/v1/session/me': [{ body: anAccount() }],
      'GET /api/v1/me/notifications': [{ body: aNotificationPage([], 0) }],
      [`GET /api/v1/proposals/${PROPOSAL_ID}`]: [{ body: aProposalDetail() }],
      [`GET /api/v1/proposals/${PROPOSAL_ID}/cosigns/stats`]: [{ body: someStats() }],
      [`GET /api/v1/proposals/${PROPOSAL_ID}/comments`]: [{ body: { items: [], page: 1, pageSize: 50, total: 0 } }],
      [`GET /api/v1/proposals/${PROPOSAL_ID}/follow`]: [{ body: { following: false } }],
      [`PUT /api/v1/proposals/${PROPOSAL_ID}/follow`]: [{ status: 204, body: null }],
      [`DELETE /api/v1/proposals/${PROPOSAL_ID}/follow`]: [{ status: 204, body: null }],
    });
    renderApp({ path: `/proposals/${PROPOSAL_ID}` });

    const follow = await screen.findByRole('button', { name: '追蹤此提議' });
    expect(follow.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(follow);
    await waitFor(() => expect(screen.getByRole('button', { name: /追蹤此提議/ }).getAttribute('aria-pressed')).toBe('true'));
    fireEvent.click(screen.getByRole('button', { name: /追蹤此提議/ }));
    await waitFor(() => expect(screen.getByRole('button', { name: /追蹤此提議/ }).getAttribute('aria-pressed')).toBe('false'));
    expect(callsTo(`PUT /api/v1/proposals/${PROPOSAL_ID}/follow`)).toHaveLength(1);
    expect(callsTo(`DELETE /api/v1/proposals/${PROPOSAL_ID}/follow`)).toHaveLength(1);
  });

  it('shows no follow button to a visitor', async () => {
    clearSessionCookie();
    stubApi({
      [`GET /api/v1/proposals/${PROPOSAL_ID}`]: [{ body: aProposalDetail() }],
      [`GET /api/v1/proposals/${PROPOSAL_ID}/cosigns/stats`]: [{ body: someStats() }],
      [`GET /api/v1/proposals/${PROPOSAL_ID}/comments`]: [{ body: { items: [], page: 1, pageSize: 50, total: 0 } }],
    });
    renderApp({ path: `/proposals/${PROPOSAL_ID}` });
    await screen.findByRole('heading', { level: 1, name: '公開各部會預算資料' });
    expect(screen.queryByRole('button', { name: /追蹤此提議/ })).toBeNull();
    expect(screen.getByRole('link', { name: '登入' })).toBeTruthy();
  });
});
