import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../test/render-app';
import { anAccount, clearSessionCookie, setSessionCookie } from '../../account/testing/account-fixtures';
import { apiError, stubApi } from '../../proposals/testing/proposal-fixtures';

const ERASURE = { cosignsAnonymised: 1, commentsKept: 2, proposalsKept: 0, proposalsWithdrawn: 1 };

describe('my account and privacy', () => {
  beforeEach(() => setSessionCookie());
  afterEach(() => clearSessionCookie());

  it('explains what deletion keeps, says a wrong password at the field, and deletes only after the confirmation', async () => {
    const { callsTo } = stubApi({
      'GET /api/v1/session/me': [{ body: anAccount() }],
      'GET /api/v1/me/notifications': [{ body: { items: [], page: 1, pageSize: 1, total: 0, unread: 0 } }],
      'POST /api/v1/me/account-deletion': [apiError(400, 'password_incorrect', '密碼不正確，請輸入您目前的密碼。'), { body: ERASURE }],
    });
    renderApp({ path: '/me/account' });

    await screen.findByRole('heading', { level: 1, name: '我的帳號與隱私' });
    expect(screen.getByText(/您的附議會保留為匿名附議，仍計入提議的附議數/)).toBeTruthy();
    expect(screen.getByText(/您的公開留言會保留，顯示為「已刪除的帳號」/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('請輸入目前的密碼以確認'), { target: { value: 'wrong password' } });
    fireEvent.click(screen.getByRole('button', { name: '刪除我的帳號…' }));
    // Nothing is sent before the dialog is confirmed; cancelling sends nothing.
    let dialog = await screen.findByRole('dialog', { name: '確定要刪除帳號嗎？' });
    fireEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    expect(callsTo('POST /api/v1/me/account-deletion')).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: '刪除我的帳號…' }));
    dialog = await screen.findByRole('dialog', { name: '確定要刪除帳號嗎？' });
    fireEvent.click(within(dialog).getByRole('button', { name: '確定刪除' }));
    await screen.findByText('密碼不正確，請輸入您目前的密碼。');
    expect(screen.getByLabelText('請輸入目前的密碼以確認').getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(screen.getByLabelText('請輸入目前的密碼以確認'), { target: { value: 'the right password' } });
    fireEvent.click(screen.getByRole('button', { name: '刪除我的帳號…' }));
    dialog = await screen.findByRole('dialog', { name: '確定要刪除帳號嗎？' });
    fireEvent.click(within(dialog).getByRole('button', { name: '確定刪除' }));
    await screen.findByRole('heading', { level: 1, name: '帳號已刪除' });
    const calls = callsTo('POST /api/v1/me/account-deletion');
    expect(calls).toHaveLength(2);
    expect(JSON.parse(calls[1]?.init?.body as string)).toEqual({ password: 'the right password' });
    expect(new Headers(calls[1]?.init?.headers).get('X-CSRF-Token')).toBe('csrf-abc');
    // Signed out: the header offers to log in again.
    await waitFor(() => expect(screen.getByRole('link', { name: '登入' })).toBeTruthy());
  }, 15_000);

  it('says when the data file could not be made', async () => {
    stubApi({
      'GET /api/v1/session/me': [{ body: anAccount() }],
      'GET /api/v1/me/notifications': [{ body: { items: [], page: 1, pageSize: 1, total: 0, unread: 0 } }],
      'GET /api/v1/me/data-export': [apiError(503, 'service_unavailable', 'busy')],
    });
    renderApp({ path: '/me/account' });
    fireEvent.click(await screen.findByRole('button', { name: '下載我的資料' }));
    expect((await screen.findByRole('alert')).textContent).toContain('無法產生您的資料檔');
  });
});
