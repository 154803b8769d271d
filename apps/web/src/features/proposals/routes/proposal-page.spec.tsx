import type { ProposalStatus } from '@open-proposals/domain';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../test/render-app';
import { PROPOSAL_ID, aPage, aProposalDetail, apiError, someStats, stubApi, type Reply } from '../testing/proposal-fixtures';

const BASE = `/api/v1/proposals/${PROPOSAL_ID}`;
const threads = aPage([
  {
    id: 'c1', parentId: null, hidden: false, stance: 'support', body: '非常支持', author: { displayName: '王小明', deleted: false },
    createdAt: '2026-03-02T02:00:00.000Z', editedAt: null,
    replies: [{ id: 'c2', parentId: 'c1', hidden: false, stance: 'oppose', body: '我有不同看法', author: { displayName: '', deleted: true }, createdAt: '2026-03-03T02:00:00.000Z', editedAt: null }],
  },
]);

const anInvalidation = {
  id: 'inv-1',
  proposalId: PROPOSAL_ID,
  proposalTitle: '公開各部會預算資料',
  invalidatedAt: '2026-04-20T03:00:00.000Z',
  invalidated: 77,
  reason: 'disposable_domain',
  note: '拋棄式信箱大量附議。',
  domain: 'mailinator.com',
  belowThresholdAfterReaching: false,
};

const stubProposal = (extra: Record<string, readonly Reply[]> = {}) =>
  stubApi({
    [`GET ${BASE}`]: [{ body: aProposalDetail() }],
    [`GET ${BASE}/cosigns/stats`]: [{ body: someStats({ count: 1500, perTier: [{ tier: 'email', count: 300 }, { tier: 'phone', count: 1200 }] }) }],
    [`GET ${BASE}/comments`]: [{ body: threads }],
    [`GET ${BASE}/cosign-invalidations`]: [{ body: aPage([anInvalidation]) }],
    ...extra,
  });

const openDialog = async () => {
  fireEvent.click(await screen.findByRole('button', { name: '我要附議' }));
  return screen.getByRole('dialog', { name: '確認附議' });
};

describe('proposal page', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-04-28T12:00:00.000Z'));
    document.cookie = 'op_csrf=csrf-123; path=/';
  });
  afterEach(() => vi.useRealTimers());

  it('shows the text as plain text, links, live progress, countdown, timeline and comments', async () => {
    stubProposal();
    const { services } = renderApp({ path: `/proposals/${PROPOSAL_ID}` });

    expect(await screen.findByRole('heading', { level: 1, name: '公開各部會預算資料' })).toBeTruthy();
    expect(screen.getByText('目前預算資料分散。\n格式也不一致。', { normalizer: (s) => s })).toBeTruthy();
    const proposalText = screen.getByText('以開放格式公開<b>預算</b>資料。');
    expect(proposalText.querySelector('b')).toBeNull();
    expect(screen.getByRole('link', { name: 'https://data.gov.tw/' }).getAttribute('rel')).toBe('noopener noreferrer nofollow');
    await waitFor(() => expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('1500'));
    // Valid co-signs per verification tier, and the public log of invalidated ones.
    expect(screen.getByTestId('cosign-tiers').textContent).toBe('電子郵件驗證300 份附議手機驗證1200 份附議');
    const logEntry = await screen.findByTestId('invalidation-log-entry');
    expect(logEntry.textContent).toContain('77 份附議');
    expect(logEntry.textContent).toContain('拋棄式電子郵件網域 (mailinator.com)');
    expect(screen.getByTestId('countdown').textContent).toMatch(/附議還剩 2\s天 4\s小時/);
    expect(screen.getAllByTestId('timeline-entry').map((e) => e.querySelector('.timeline__action')?.textContent)).toEqual([
      '提議送出',
      '公開並開始附議',
      '其他紀錄（proposal.something_new）',
    ]);
    const comment = await screen.findByTestId('comment');
    expect(within(comment).getAllByText('支持')).toHaveLength(1);
    expect(within(screen.getByTestId('comment-reply')).getByText('反對')).toBeTruthy();
    // A reply whose author erased their account stays, as by a deleted account.
    expect(within(screen.getByTestId('comment-reply')).getByText('已刪除的帳號')).toBeTruthy();
    expect(within(comment).getByText('王小明')).toBeTruthy();

    act(() => {
      for (const listener of services.socket.listeners('proposal.count')) listener({ proposalId: PROPOSAL_ID, count: 1501, threshold: 5000 });
      for (const listener of services.socket.listeners('proposal.count')) listener({ proposalId: 'another', count: 9, threshold: 5000 });
    });
    await waitFor(() => expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('1501'));

    act(() => void services.i18n.changeLanguage('en'));
    expect(screen.getByTestId('countdown').textContent).toMatch(/2\sdays 4\shours left to co-sign/);
    expect(screen.getByText('Published; co-signing opened')).toBeTruthy();
    // The first render of the whole proposal page is slow on a busy CI machine.
  }, 20_000);

  it('shows what co-signers wrote, without names, newest first, and more on request', async () => {
    const first = Array.from({ length: 10 }, (_, i) => ({ comment: `附議理由 ${12 - i}`, createdAt: `2026-04-${String(20 - i).padStart(2, '0')}T02:00:00.000Z` }));
    const { callsTo } = stubProposal({
      [`GET ${BASE}/cosigns/comments?page=1`]: [{ body: aPage(first, { pageSize: 10, total: 12 }) }],
      [`GET ${BASE}/cosigns/comments?page=2`]: [{ body: aPage([{ comment: '附議理由 2', createdAt: '2026-04-09T02:00:00.000Z' }, { comment: '附議理由 1', createdAt: '2026-04-08T02:00:00.000Z' }], { page: 2, pageSize: 10, total: 12 }) }],
    });
    renderApp({ path: `/proposals/${PROPOSAL_ID}` });

    const section = await screen.findByRole('region', { name: '附議者留言' });
    await waitFor(() => expect(within(section).getAllByTestId('cosign-comment')).toHaveLength(10));
    expect(within(section).getByText('顯示 12 則留言中的 10 則，由新到舊。')).toBeTruthy();
    expect(within(section).getAllByTestId('cosign-comment')[0]?.textContent).toContain('附議理由 12');
    expect(within(section).getAllByText('一位附議者')).toHaveLength(10);
    fireEvent.click(within(section).getByRole('button', { name: '顯示更多留言' }));
    await waitFor(() => expect(within(section).getAllByTestId('cosign-comment')).toHaveLength(12));
    expect(within(section).getAllByTestId('cosign-comment').at(-1)?.textContent).toContain('附議理由 1');
    expect(within(section).queryByRole('button', { name: '顯示更多留言' })).toBeNull();
    expect(callsTo(`GET ${BASE}/cosigns/comments`).map(({ url }) => url)).toEqual([`${BASE}/cosigns/comments?page=1&pageSize=10`, `${BASE}/cosigns/comments?page=2&pageSize=10`]);
  }, 20_000);

  it('reads the count and the proposal again after the live connection comes back, not at the first connection', async () => {
    const { callsTo } = stubProposal();
    const { services } = renderApp({ path: `/proposals/${PROPOSAL_ID}` });
    await waitFor(() => expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('1500'));
    const reads = (): { stats: number; detail: number } => ({
      stats: callsTo(`GET ${BASE}/cosigns/stats`).length,
      detail: callsTo(`GET ${BASE}`).filter(({ url }) => url === BASE).length,
    });
    const before = reads();
    const connect = () => act(() => {
      for (const listener of services.socket.listeners('connect')) listener();
    });
    // The socket never connected while the page was open: its first connection is no reconnect.
    connect();
    expect(reads()).toEqual(before);
    // Connected, dropped, connected again: what was said meanwhile is read from the API.
    connect();
    await waitFor(() => expect(reads()).toEqual({ stats: before.stats + 1, detail: before.detail + 1 }));
  }, 20_000);

  it('says so when no co-signer has left a comment', async () => {
    stubProposal();
    renderApp({ path: `/proposals/${PROPOSAL_ID}` });
    const section = await screen.findByRole('region', { name: '附議者留言' });
    expect(await within(section).findByText('目前還沒有附議者留言。')).toBeTruthy();
  }, 20_000);

  it('shows no countdown for a proposal that no longer takes co-signs, even before its deadline', async () => {
    stubApi({
      [`GET ${BASE}`]: [{ body: aProposalDetail({ status: 'duplicate' }) }],
      [`GET ${BASE}/cosigns/stats`]: [{ body: someStats({ count: 5200 }) }],
      [`GET ${BASE}/comments`]: [{ body: threads }],
      [`GET ${BASE}/responses`]: [{ body: [] }],
    });
    renderApp({ path: `/proposals/${PROPOSAL_ID}` });
    expect(await screen.findByText('這件提議目前不開放附議。')).toBeTruthy();
    expect(screen.queryByTestId('countdown')).toBeNull();
  }, 20_000);

  it('keeps taking co-signs after the task force adopts the proposal, until the window closes', async () => {
    stubApi({
      [`GET ${BASE}`]: [{ body: aProposalDetail({ status: 'adopted' }) }],
      [`GET ${BASE}/cosigns/stats`]: [{ body: someStats({ count: 5200 }) }],
      [`GET ${BASE}/comments`]: [{ body: threads }],
      [`GET ${BASE}/responses`]: [{ body: [] }],
    });
    renderApp({ path: `/proposals/${PROPOSAL_ID}` });
    expect(await screen.findByRole('button', { name: '我要附議' })).toBeTruthy();
    expect(screen.getByTestId('countdown')).toBeTruthy();
  }, 20_000);

  it('confirms a co-sign that cannot be withdrawn, then POSTs it with the CSRF header', async () => {
    const { callsTo } = stubProposal({ [`POST ${BASE}/cosigns`]: [{ status: 201, body: { id: '1', proposalId: PROPOSAL_ID, comment: '加油', createdAt: '2026-04-28T12:00:00.000Z' } }] });
    renderApp({ path: `/proposals/${PROPOSAL_ID}` });

    let dialog = await openDialog();
    expect(dialog.textContent).toContain('附議送出後無法撤回');
    const comment = within(dialog).getByLabelText('附議留言（選填，會匿名公開）');
    expect(document.activeElement).toBe(comment);
    expect(comment.getAttribute('maxLength')).toBe('200');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(callsTo(`POST ${BASE}/cosigns`)).toHaveLength(0);

    dialog = await openDialog();
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: '加油' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '確認附議' }));

    expect(await screen.findByText('已完成附議，謝謝你的支持！')).toBeTruthy();
    const init = callsTo(`POST ${BASE}/cosigns`)[0]?.init;
    expect(new Headers(init?.headers).get('X-CSRF-Token')).toBe('csrf-123');
    expect(JSON.parse(init?.body as string)).toEqual({ comment: '加油' });
    expect(screen.queryByRole('dialog')).toBeNull();
    // The count and the proposal reload fresh, past the edge cache, so the reader's own co-sign shows.
    const freshness = (calls: ReturnType<typeof callsTo>) => calls.map(({ init: call }) => (call?.headers as Record<string, string> | undefined)?.['Cache-Control']);
    await waitFor(() => expect(freshness(callsTo(`GET ${BASE}/cosigns/stats`))).toEqual([undefined, 'no-cache']));
    expect(freshness(callsTo(`GET ${BASE}`).filter(({ url }) => url.endsWith(PROPOSAL_ID)))).toEqual([undefined, 'no-cache']);
  });

  it.each([
    [409, 'cosign.blackout', '目前為暫停提議與附議期間。', '無法附議： 目前為暫停提議與附議期間。'],
    [403, 'cosign.tier_required', '附議前，請先完成手機驗證。', '附議前需要完成手機驗證，請到帳號設定驗證你的手機號碼。'],
    [401, 'unauthorized', '請先登入', '請先登入才能附議。 前往登入'],
    [429, 'rate_limited', '操作太頻繁，請在 30 秒後再試。', '操作太頻繁，請在 30 秒後再試。'],
    [503, 'server_busy', '目前使用人數眾多，系統未受理這次請求，也未做任何變更；請於數秒後再試。', '目前使用人數眾多，系統未受理這次請求，也未做任何變更；請於數秒後再試。'],
    [503, 'service_unavailable', '服務暫時無法使用，您的操作可能未完成；請稍後確認後再試。', '服務暫時無法使用，您的操作可能未完成；請稍後確認後再試。'],
    [500, 'internal', '系統發生錯誤，我們已記錄並會處理。', '附議沒有送出，請稍後再試。'],
  ])('explains a %i answer', async (status, code, message, shown) => {
    stubProposal({ [`POST ${BASE}/cosigns`]: [apiError(status, code, message)] });
    renderApp({ path: `/proposals/${PROPOSAL_ID}` });

    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: '確認附議' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(shown);
    if (status === 401) expect(within(alert).getByRole('link').getAttribute('href')).toBe(`/login?next=${encodeURIComponent(`/proposals/${PROPOSAL_ID}`)}`);
  });

  it('follows live status changes past the browser cache, so a quick second change is not lost', async () => {
    const { callsTo } = stubProposal({
      [`GET ${BASE}`]: [{ body: aProposalDetail() }, { body: aProposalDetail({ status: 'threshold_reached' }) }, { body: aProposalDetail({ status: 'routed' }) }],
      [`GET ${BASE}/responses`]: [{ body: [] }],
    });
    const { services } = renderApp({ path: `/proposals/${PROPOSAL_ID}` });
    await waitFor(() => expect(screen.getByTestId('proposal-status').textContent).toBe('附議中'));

    const announce = (status: ProposalStatus) =>
      act(() => {
        for (const listener of services.socket.listeners('proposal.status')) listener({ proposalId: PROPOSAL_ID, status, at: '2026-04-28T12:00:00.000Z' });
      });
    announce('threshold_reached');
    await waitFor(() => expect(screen.getByTestId('proposal-status').textContent).toBe('已成案'));
    announce('routed');
    await waitFor(() => expect(screen.getByTestId('proposal-status').textContent).toBe('已交付審議'));
    const detailCalls = callsTo(`GET ${BASE}`).filter(({ url }) => url.endsWith(PROPOSAL_ID));
    expect(detailCalls.map(({ init }) => init?.cache)).toEqual(['no-cache', 'no-cache', 'no-cache']);
    // The reloads after a change also ask the edge cache in front of the API for a fresh copy; the first read does not.
    expect(detailCalls.map(({ init }) => (init?.headers as Record<string, string> | undefined)?.['Cache-Control'])).toEqual([undefined, 'no-cache', 'no-cache']);
  });

  it('shows the not-found page for an unknown id', async () => {
    stubApi({ 'GET /api/v1/proposals/': [apiError(404, 'not_found', '找不到')] });
    renderApp({ path: `/proposals/${PROPOSAL_ID}` });
    expect(await screen.findByRole('heading', { level: 1, name: '找不到這個頁面' })).toBeTruthy();
  });
});
