import { screen, within } from '@testing-library/react';
import { renderApp } from '../../test/render-app';
import { aPage, stubApi } from '../../features/proposals/testing/proposal-fixtures';
import { signedInAs } from '../../features/staff/testing/staff-fixtures';

// These render the whole app; on a busy shared machine that can exceed the 5 s default.
vi.setConfig({ testTimeout: 20_000 });

const staffLinks = async (): Promise<string[]> => {
  await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
  const nav = screen.queryByRole('navigation', { name: 'Staff' });
  return nav === null ? [] : within(nav).getAllByRole('link').map((link) => `${link.textContent ?? ''} ${link.getAttribute('href') ?? ''}`);
};

describe('staff links in the header', () => {
  it('are absent for a citizen', async () => {
    stubApi({ 'GET /api/v1/session/me': [signedInAs()], 'GET /api/v1/proposals?': [{ body: aPage([]) }] });
    renderApp({ path: '/nowhere', locale: 'en' });
    await screen.findByRole('button', { name: /工作人員/ }, { timeout: 5000 });
    expect(await staffLinks()).toEqual([]);
  });

  it('lead each staff member to the screens of their roles, in working order', async () => {
    stubApi({
      'GET /api/v1/session/me': [signedInAs({ kind: 'admin' }, { kind: 'task_force_member', side: 'civil', role: 'member' }, { kind: 'agency_officer', agencyId: 'a1000000-0000-4000-8000-0000000000a1' })],
      'GET /api/v1/proposals?': [{ body: aPage([]) }],
    });
    renderApp({ path: '/nowhere', locale: 'en' });
    await screen.findByRole('navigation', { name: 'Staff' }, { timeout: 5000 });
    expect(await staffLinks()).toEqual(['Task force /taskforce', 'Agency requests /agency', 'Administration /admin']);
  });
});
