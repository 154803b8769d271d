import { fireEvent, screen, within } from '@testing-library/react';
import { renderApp } from '../../../test/render-app';
import { anAccount, clearSessionCookie, setSessionCookie } from '../../account/testing/account-fixtures';
import { PROPOSAL_ID, aPage, apiError, stubApi, type Reply } from '../../proposals/testing/proposal-fixtures';
import { DRAFT_ID, aDraft } from '../../submission/testing/draft-fixtures';

const signedIn = (routes: Record<string, readonly Reply[]>) =>
  stubApi({
    'GET /api/v1/session/me': [{ body: anAccount() }],
    'GET /api/v1/me/notifications': [{ body: { items: [], page: 1, pageSize: 1, total: 0, unread: 0 } }],
    ...routes,
  });

describe('my pages', () => {
  beforeEach(() => setSessionCookie());
  afterEach(() => clearSessionCookie());

  it('shows a returned proposal with the moderator’s note and an edit-and-resubmit action', async () => {
    signedIn({
      'GET /api/v1/me/proposals?': [
        {
          body: aPage([
            aDraft({ returnNote: '請補充具體做法。', submittedAt: '2026-04-20T02:00:00.000Z' }),
            aDraft({ id: 'p2', status: 'open', content: { ...aDraft().content, title: '已公開的提議' } }),
            aDraft({ id: 'p3', status: 'rejected', rejection: { code: 'commercial', note: '含廣告內容', rejectedAt: '2026-04-22T02:00:00.000Z' } }),
          ]),
        },
      ],
      [`GET /api/v1/me/proposals/${DRAFT_ID}`]: [{ body: aDraft({ returnNote: '請補充具體做法。' }) }],
      'GET /api/v1/proposals/similar': [{ body: { items: [] } }],
    });
    const { router } = renderApp({ path: '/me/proposals' });

    const [returned, open, rejected] = await screen.findAllByTestId('my-proposal');
    expect(within(returned as HTMLElement).getByTestId('return-note').textContent).toContain('請補充具體做法。');
    expect(within(open as HTMLElement).getByRole('link', { name: '已公開的提議' }).getAttribute('href')).toBe('/proposals/p2');
    expect(within(open as HTMLElement).getByTestId('my-status').textContent).toBe('附議中');
    expect(within(rejected as HTMLElement).getByText('未通過檢核：商業廣告。 含廣告內容')).toBeTruthy();

    fireEvent.click(within(returned as HTMLElement).getByRole('link', { name: /編輯並重新送出/ }));
    expect(await screen.findByRole('heading', { level: 1, name: '編輯提議' })).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/me/proposals/${DRAFT_ID}/edit`);
    expect(await screen.findByText('請補充具體做法。')).toBeTruthy();
  });

  it('shows the empty state and the error state with a retry', async () => {
    signedIn({ 'GET /api/v1/me/proposals?': [apiError(503, 'unavailable', '暫停服務'), { body: aPage([]) }] });
    renderApp({ path: '/me/proposals' });
    expect((await screen.findByRole('alert')).textContent).toContain('無法載入你的提議');
    fireEvent.click(screen.getByRole('button', { name: '重新載入' }));
    expect(await screen.findByText('你還沒有提出任何提議。')).toBeTruthy();
  });

  it('lists my co-signs with each proposal’s current status', async () => {
    signedIn({
      'GET /api/v1/me/cosigns': [{ body: aPage([{ proposalId: PROPOSAL_ID, title: '公開各部會預算資料', status: 'threshold_reached', cosignedAt: '2026-04-28T02:00:00.000Z' }]) }],
    });
    renderApp({ path: '/me/cosigns', locale: 'en' });
    const item = await screen.findByTestId('my-cosign');
    expect(within(item).getByRole('link', { name: '公開各部會預算資料' }).getAttribute('href')).toBe(`/proposals/${PROPOSAL_ID}`);
    expect(within(item).getByTestId('my-status').textContent).toBe('Threshold reached');
    expect(item.textContent).toContain('Co-signed Apr 28, 2026');
  });
});
