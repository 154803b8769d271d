import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../test/render-app';
import { aPage, apiError, stubApi } from '../../proposals/testing/proposal-fixtures';
import { anAccount, clearSessionCookie, setSessionCookie } from '../testing/account-fixtures';

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('account pages', () => {
  afterEach(() => clearSessionCookie());

  it('sends a visitor from a signed-in page to log in, then back to that page', async () => {
    const { callsTo } = stubApi({
      'POST /api/v1/session': [{ body: anAccount() }],
      'GET /api/v1/me/proposals': [{ body: aPage([]) }],
      'GET /api/v1/me/notifications': [{ body: { items: [], page: 1, pageSize: 1, total: 0, unread: 0 } }],
    });
    const { router } = renderApp({ path: '/me/proposals' });

    expect(await screen.findByRole('heading', { level: 1, name: '登入' })).toBeTruthy();
    expect(router.state.location.search).toBe('?next=%2Fme%2Fproposals');
    expect(callsTo('GET /api/v1/session/me')).toHaveLength(0);

    type('電子郵件', 'citizen@example.tw');
    type('密碼', 'correct horse 1');
    setSessionCookie();
    fireEvent.click(screen.getByRole('button', { name: '登入' }));

    expect(await screen.findByRole('heading', { level: 1, name: '我的提議' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/me/proposals');
    expect(JSON.parse(callsTo('POST /api/v1/session')[0]?.init?.body as string)).toEqual({ email: 'citizen@example.tw', password: 'correct horse 1' });
    expect(screen.getByRole('button', { name: /陳小花/ })).toBeTruthy();
  });

  it('shows a refused log-in for the whole form and never follows a next that leaves the site', async () => {
    stubApi({ 'POST /api/v1/session': [apiError(401, 'invalid_credentials', '電子郵件或密碼不正確。')] });
    renderApp({ path: '/login?next=//evil.example' });

    type('電子郵件', 'citizen@example.tw');
    type('密碼', 'wrong');
    fireEvent.click(await screen.findByRole('button', { name: '登入' }));

    expect((await screen.findByRole('alert')).textContent).toBe('電子郵件或密碼不正確。');
    expect(screen.getByRole('link', { name: '註冊新帳號' }).getAttribute('href')).toBe('/register?next=%2F');
  });

  it('registers: password hints tick as one types, errors sit next to their fields', async () => {
    const weak = {
      status: 400,
      body: {
        statusCode: 400, code: 'weak_password', message: '密碼不符合規則。', requestId: 'r',
        errors: [{ field: 'password', code: 'passwordTooShort', message: '密碼至少需 12 個字元。' }],
      },
    };
    const { callsTo } = stubApi({ 'POST /api/v1/accounts': [weak, apiError(409, 'email_taken', '此電子郵件已註冊。')] });
    renderApp({ path: '/register' });

    type('顯示名稱', '陳小花');
    type('電子郵件', 'citizen@example.tw');
    type('新密碼', 'short');
    const hints = screen.getAllByRole('listitem').filter((item) => item.closest('.password-hints'));
    expect(hints.map((item) => item.getAttribute('data-met'))).toEqual(['false', 'false', 'true']);
    type('新密碼', 'long enough 2026');
    expect(hints.map((item) => item.getAttribute('data-met'))).toEqual(['true', 'true', 'true']);

    fireEvent.click(screen.getByRole('button', { name: '註冊' }));
    const password = screen.getByLabelText('新密碼');
    await waitFor(() => expect(password.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(password.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '')?.textContent).toBe('密碼至少需 12 個字元。');
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '註冊' }));
    const email = screen.getByLabelText('電子郵件');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(email.parentElement?.textContent).toContain('此電子郵件已註冊。');
    expect(JSON.parse(callsTo('POST /api/v1/accounts')[1]?.init?.body as string)).toEqual({
      displayName: '陳小花', email: 'citizen@example.tw', password: 'long enough 2026',
    });
  });

  it('registers, signs in and goes on to verification', async () => {
    stubApi({
      'POST /api/v1/accounts': [{ status: 201, body: { id: 'u1', verificationEmailSent: true } }],
      'POST /api/v1/session': [{ body: anAccount({ verificationTier: 'none' }) }],
      'GET /api/v1/me/notifications': [{ body: { items: [], page: 1, pageSize: 1, total: 0, unread: 0 } }],
    });
    const { router } = renderApp({ path: '/register' });
    type('顯示名稱', '陳小花');
    type('電子郵件', 'citizen@example.tw');
    type('新密碼', 'long enough 2026');
    setSessionCookie();
    fireEvent.click(screen.getByRole('button', { name: '註冊' }));

    expect(await screen.findByRole('heading', { level: 1, name: '驗證帳號' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/verify');
    expect(screen.getByTestId('current-tier').textContent).toBe('你目前的驗證等級： 尚未驗證');
  });

  it('verifies the email code, then a phone number by text message', async () => {
    setSessionCookie();
    const { callsTo } = stubApi({
      'GET /api/v1/session/me': [{ body: anAccount({ verificationTier: 'none' }) }],
      'GET /api/v1/me/notifications': [{ body: { items: [], page: 1, pageSize: 1, total: 0, unread: 0 } }],
      'POST /api/v1/accounts/me/email-verification/confirm': [
        apiError(400, 'code_invalid', '驗證碼不正確。'),
        { body: anAccount({ verificationTier: 'email' }) },
      ],
      'POST /api/v1/accounts/me/phone': [{ status: 202, body: null }],
      'POST /api/v1/accounts/me/phone/confirm': [{ body: anAccount({ verificationTier: 'phone' }) }],
    });
    renderApp({ path: '/verify' });

    type(await screen.findByText('電子郵件驗證碼').then(() => '電子郵件驗證碼'), '111111');
    fireEvent.click(screen.getByRole('button', { name: '確認驗證碼' }));
    const code = screen.getByLabelText('電子郵件驗證碼');
    await waitFor(() => expect(code.getAttribute('aria-invalid')).toBe('true'));
    expect(code.parentElement?.textContent).toContain('驗證碼不正確。');

    type('電子郵件驗證碼', '123456');
    fireEvent.click(screen.getByRole('button', { name: '確認驗證碼' }));
    expect(await screen.findByRole('heading', { name: '驗證手機號碼（選擇性）' })).toBeTruthy();
    expect(screen.getByTestId('current-tier').textContent).toContain('電子郵件已驗證');
    expect(new Headers(callsTo('POST /api/v1/accounts/me/email-verification/confirm')[1]?.init?.headers).get('X-CSRF-Token')).toBe('csrf-abc');

    type('手機號碼', '+886912345678');
    fireEvent.click(screen.getByRole('button', { name: '傳送簡訊驗證碼' }));
    type(await screen.findByText('簡訊驗證碼').then(() => '簡訊驗證碼'), '654321');
    fireEvent.click(screen.getByRole('button', { name: '確認驗證碼' }));

    const done = await screen.findByText(/你已完成手機驗證/);
    expect(within(done).getByRole('link', { name: '開始寫提議' }).getAttribute('href')).toBe('/submit');
    expect(JSON.parse(callsTo('POST /api/v1/accounts/me/phone')[0]?.init?.body as string)).toEqual({ phone: '+886912345678' });
  });

  it('resets a password with the emailed code', async () => {
    const { callsTo } = stubApi({
      'POST /api/v1/password-reset/confirm': [apiError(400, 'code_expired', '驗證碼已過期。'), { status: 204, body: null }],
      'POST /api/v1/password-reset': [{ status: 202, body: null }],
    });
    renderApp({ path: '/password-reset' });
    type('電子郵件', 'citizen@example.tw');
    fireEvent.click(await screen.findByRole('button', { name: '寄送驗證碼' }));

    type(await screen.findByText('驗證碼').then(() => '驗證碼'), '123456');
    type('新密碼', 'a new password 1');
    fireEvent.click(screen.getByRole('button', { name: '設定新密碼' }));
    await waitFor(() => expect(screen.getByLabelText('驗證碼').getAttribute('aria-invalid')).toBe('true'));

    fireEvent.click(screen.getByRole('button', { name: '設定新密碼' }));
    expect((await screen.findByText(/密碼已變更/)).getAttribute('role')).toBe('status');
    expect(JSON.parse(callsTo('POST /api/v1/password-reset/confirm')[1]?.init?.body as string)).toEqual({
      email: 'citizen@example.tw', code: '123456', newPassword: 'a new password 1',
    });
  });

  it('logs out from the header menu', async () => {
    setSessionCookie();
    const { callsTo } = stubApi({
      'GET /api/v1/session/me': [{ body: anAccount() }],
      'GET /api/v1/me/notifications': [{ body: { items: [], page: 1, pageSize: 1, total: 0, unread: 3 } }],
      'DELETE /api/v1/session': [{ status: 204, body: null }],
    });
    renderApp({ path: '/rejections' });

    const toggle = await screen.findByRole('button', { name: /陳小花/ });
    await waitFor(() => expect(screen.getByTestId('unread-badge').textContent).toContain('3'));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(screen.getByRole('link', { name: /通知/ }).getAttribute('href')).toBe('/me/notifications');
    fireEvent.keyDown(toggle, { key: 'Escape' });
    expect(screen.queryByRole('link', { name: '我的附議' })).toBeNull();

    fireEvent.click(toggle);
    fireEvent.click(screen.getByRole('button', { name: '登出' }));
    expect(await screen.findByRole('link', { name: '登入' })).toBeTruthy();
    expect(callsTo('DELETE /api/v1/session')).toHaveLength(1);
  });
});
