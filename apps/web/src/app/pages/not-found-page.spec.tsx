import { fireEvent, screen } from '@testing-library/react';
import { aPage, stubApi } from '../../features/proposals/testing/proposal-fixtures';
import { renderApp } from '../../test/render-app';

describe('unknown addresses', () => {
  it('show a translated 404 inside the layout with a link home', async () => {
    stubApi({ 'GET /api/v1/proposals?': [{ body: aPage([]) }] });
    const { router } = renderApp({ path: '/no-such-page' });

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('找不到這個頁面');
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('contentinfo')).toBeTruthy();

    fireEvent.click(screen.getByRole('link', { name: '回到首頁' }));

    expect(router.state.location.pathname).toBe('/');
    expect(await screen.findByText('推動資料開放與資訊公開')).toBeTruthy();
  });
});
