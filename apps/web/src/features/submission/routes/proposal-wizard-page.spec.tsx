import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../test/render-app';
import { anAccount, clearSessionCookie, setSessionCookie } from '../../account/testing/account-fixtures';
import { aPage, aProposalSummary, stubApi, type Reply } from '../../proposals/testing/proposal-fixtures';
import { DRAFT_ID, aDraft } from '../testing/draft-fixtures';

const SLOW = { timeout: 8000 };
const AGENCY = { id: '1c9f0e4a-6a43-4d7b-8a3a-2f0e9d1b7c55', code: 'ndc', name: { 'zh-TW': '國家發展委員會', en: 'National Development Council' } };
const signedIn = (routes: Record<string, readonly Reply[]>) =>
  stubApi({
    'GET /api/v1/session/me': [{ body: anAccount() }],
    'GET /api/v1/agencies': [{ body: [AGENCY] }],
    'GET /api/v1/me/notifications': [{ body: { items: [], page: 1, pageSize: 1, total: 0, unread: 0 } }],
    ...routes,
  });
const bodyOf = (call: { init?: RequestInit } | undefined): unknown => JSON.parse(call?.init?.body as string);
const next = () => fireEvent.click(screen.getByRole('button', { name: '下一步' }));

describe('the submission wizard', () => {
  beforeEach(() => setSessionCookie());
  afterEach(() => {
    clearSessionCookie();
    vi.useRealTimers();
  });

  it('hints at similar titles, creates the draft on the first autosave and keeps the edit address', async () => {
    const { callsTo } = signedIn({
      'GET /api/v1/proposals/similar': [{ body: { items: [aProposalSummary({ title: '公開各部會預算資料' })] } }],
      'POST /api/v1/proposals': [{ status: 201, body: aDraft({ content: { ...aDraft().content, title: '公開預算' } }) }],
      [`PATCH /api/v1/proposals/${DRAFT_ID}`]: [{ body: aDraft() }],
    });
    const { router } = renderApp({ path: '/submit' });

    const title = await screen.findByLabelText('標題');
    expect(screen.getByTestId('autosave-status').textContent).toBe('輸入標題後，草稿會自動儲存。');
    fireEvent.change(title, { target: { value: '公開預算' } });

    const hint = await screen.findByTestId('similar-hints', undefined, SLOW);
    const link = within(hint).getByRole('link', { name: /公開各部會預算資料/ });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('href')).toBe('/proposals/0b6f6a9e-2f1c-4c1e-9d55-1f2a3b4c5d6e');
    expect(callsTo('GET /api/v1/proposals/similar').map((c) => c.url)).toEqual([
      `/api/v1/proposals/similar?title=${encodeURIComponent('公開預算')}`,
    ]);

    await waitFor(() => expect(router.state.location.pathname).toBe(`/me/proposals/${DRAFT_ID}/edit`), SLOW);
    expect(bodyOf(callsTo('POST /api/v1/proposals')[0])).toMatchObject({ title: '公開預算', areaCode: 'general', links: [] });
    expect(new Headers(callsTo('POST /api/v1/proposals')[0]?.init?.headers).get('X-CSRF-Token')).toBe('csrf-abc');
    await waitFor(() => expect(screen.getByTestId('autosave-status').textContent).toMatch(/^草稿已於 \d\d:\d\d 儲存$/));

    // The same wizard stays mounted: what was typed is still there, and later edits PATCH the draft.
    const sameTitle = screen.getByLabelText<HTMLInputElement>('標題');
    expect(sameTitle.value).toBe('公開預算');
    fireEvent.change(sameTitle, { target: { value: '公開預算資料' } });
    await waitFor(() => expect(callsTo(`PATCH /api/v1/proposals/${DRAFT_ID}`)).toHaveLength(1), SLOW);
    expect(bodyOf(callsTo(`PATCH /api/v1/proposals/${DRAFT_ID}`)[0])).toMatchObject({ title: '公開預算資料' });
    expect(callsTo('POST /api/v1/proposals')).toHaveLength(1);
    // Two real autosave pauses (1.5 s each) on a shared, busy machine.
  }, 20_000);

  it('walks the steps, previews as the public page, and sends a domain error back to its step and field', async () => {
    const invalid = {
      status: 400,
      body: {
        statusCode: 400, code: 'proposal.invalid_draft', message: '提議內容有誤，請依各欄位說明修正。', requestId: 'r',
        errors: [{ field: 'expectedBenefits', code: 'required', message: '此欄位為必填。' }],
      },
    };
    const { callsTo } = signedIn({
      [`GET /api/v1/me/proposals/${DRAFT_ID}`]: [{ body: aDraft({ returnNote: '請補充預期效益。' }) }],
      'GET /api/v1/proposals/similar': [{ body: { items: [] } }],
      [`POST /api/v1/proposals/${DRAFT_ID}/submit`]: [invalid],
    });
    renderApp({ path: `/me/proposals/${DRAFT_ID}/edit` });

    expect(await screen.findByText('請補充預期效益。')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: '步驟 1／4：標題與範疇' })).toBeTruthy();
    next();
    expect(screen.getByLabelText<HTMLTextAreaElement>('預期效益').value).toBe('開發者更容易做出好用的服務。');
    next();
    expect(screen.getByLabelText<HTMLTextAreaElement>('參考連結（選填）').value).toBe('https://tdx.transportdata.tw/');
    next();

    const preview = screen.getByTestId('draft-preview');
    expect(within(preview).getByRole('heading', { name: '公開公車即時資料' })).toBeTruthy();
    expect(within(preview).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['現況說明', '具體建議', '預期效益', '參考連結']);
    expect(within(preview).getByText('推動資料開放與資訊公開')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '送出提議' }));
    const dialog = screen.getByRole('dialog', { name: '確認送出提議' });
    fireEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    expect(callsTo(`POST /api/v1/proposals/${DRAFT_ID}/submit`)).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: '送出提議' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: '確認送出' }));

    expect(await screen.findByRole('heading', { level: 2, name: '步驟 2／4：內容' })).toBeTruthy();
    const benefits = screen.getByLabelText('預期效益');
    expect(benefits.getAttribute('aria-invalid')).toBe('true');
    expect(benefits.parentElement?.textContent).toContain('此欄位為必填。');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('submits after confirmation and shows the proposal in review with its review clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-04-28T12:00:00.000Z'));
    const submitted = aDraft({ status: 'in_review', submittedAt: '2026-04-27T02:00:00.000Z' });
    const { callsTo, fetchMock } = signedIn({
      [`GET /api/v1/me/proposals/${DRAFT_ID}`]: [{ body: aDraft() }],
      'GET /api/v1/proposals/similar': [{ body: { items: [] } }],
      [`PATCH /api/v1/proposals/${DRAFT_ID}`]: [{ body: aDraft() }],
      [`POST /api/v1/proposals/${DRAFT_ID}/submit`]: [{ body: submitted }],
      'GET /api/v1/me/proposals?': [{ body: aPage([submitted]) }],
    });
    renderApp({ path: `/me/proposals/${DRAFT_ID}/edit` });
    await screen.findByLabelText('標題');
    next();
    next();
    // A suggested agency, saved by the flush that precedes the submission.
    fireEvent.click(await screen.findByRole('checkbox', { name: '國家發展委員會' }));
    next();
    fireEvent.click(screen.getByRole('button', { name: '送出提議' }));
    await act(async () => {
      fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: '確認送出' }));
      await Promise.resolve();
    });

    expect(await screen.findByRole('heading', { level: 1, name: '我的提議' })).toBeTruthy();
    expect(bodyOf(callsTo(`PATCH /api/v1/proposals/${DRAFT_ID}`)[0])).toMatchObject({ suggestedAgencyIds: [AGENCY.id] });
    const writes = fetchMock.mock.calls.map(([input, init]) => `${init?.method ?? 'GET'} ${input instanceof Request ? input.url : input.toString()}`).filter((call) => !call.startsWith('GET'));
    expect(writes).toEqual([`PATCH /api/v1/proposals/${DRAFT_ID}`, `POST /api/v1/proposals/${DRAFT_ID}/submit`]);
    expect(screen.getByRole('status').textContent).toBe('「公開公車即時資料」已送出，等待檢核。');
    const item = await screen.findByTestId('my-proposal');
    expect(within(item).getByTestId('my-status').textContent).toBe('檢核中');
    // Submitted Monday 27 April 2026 (Taipei): five working days later is Monday 4 May.
    expect(within(item).getByTestId('review-clock').textContent).toBe('2026年4月27日 送出。 檢核結果預計於 2026年5月4日 前公布（5 個工作天內）。');
  });
});
