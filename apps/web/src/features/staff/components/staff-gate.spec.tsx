import { screen } from '@testing-library/react';
import { renderApp } from '../../../test/render-app';
import { apiError, stubApi } from '../../proposals/testing/proposal-fixtures';
import { signedInAs } from '../testing/staff-fixtures';

// These render the whole app and click through forms; on a busy shared machine that can exceed the 5 s default.
vi.setConfig({ testTimeout: 20_000 });

describe('staff pages for people without the role', () => {
  it('asks a visitor to sign in, linking to the login page', async () => {
    stubApi({ 'GET /api/v1/session/me': [apiError(401, 'unauthenticated', '請先登入。')] });
    renderApp({ path: '/moderation' });
    // Back to this page after signing in.
    const links = await screen.findAllByRole('link', { name: '登入' }, { timeout: 5000 });
    expect(links.map((link) => link.getAttribute('href'))).toContain('/login?next=%2Fmoderation');
    expect(screen.getByText('此頁面僅供平臺工作人員使用，請先登入。')).toBeTruthy();
  });

  it('tells a signed-in citizen they have no access, without asking the staff API', async () => {
    const { callsTo } = stubApi({ 'GET /api/v1/session/me': [signedInAs()] });
    renderApp({ path: '/admin', locale: 'en' });
    expect(await screen.findByText(/Your account may not use this page/)).toBeTruthy();
    expect(callsTo('GET /api/v1/admin')).toEqual([]);
  });

  it('shows a moderator’s page only to a moderator', async () => {
    stubApi({ 'GET /api/v1/session/me': [signedInAs({ kind: 'moderator' })] });
    renderApp({ path: '/admin' });
    expect(await screen.findByText(/您的帳號沒有使用此頁面的權限/)).toBeTruthy();
  });
});
