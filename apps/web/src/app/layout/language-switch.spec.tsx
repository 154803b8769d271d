import { fireEvent, screen, waitFor } from '@testing-library/react';
import { aPage, stubApi } from '../../features/proposals/testing/proposal-fixtures';
import { renderApp } from '../../test/render-app';

describe('language switch', () => {
  it('starts in Traditional Chinese and switches the whole page to English', async () => {
    stubApi({ 'GET /api/v1/proposals?': [{ body: aPage([]) }] });
    renderApp();
    await screen.findByText('推動資料開放與資訊公開');
    expect(document.documentElement.lang).toBe('zh-Hant-TW');

    fireEvent.change(screen.getByLabelText('語言'), { target: { value: 'en' } });

    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('From one proposal to a government commitment'),
    );
    expect(screen.getByRole('heading', { level: 2, name: 'National action plans' })).toBeTruthy();
    expect(screen.getAllByTestId('area').map((area) => area.textContent)).toEqual([
      'Open data and information disclosure',
      'Public participation',
    ]);
    expect(screen.getByText('January 2021 to May 2024')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLSelectElement>('Language').value).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    // The first render of the whole home page is slow on a busy CI machine.
  }, 20_000);

  it('remembers the choice for the next visit', async () => {
    stubApi({ 'GET /api/v1/proposals?': [{ body: aPage([]) }] });
    const first = renderApp();
    fireEvent.change(screen.getByLabelText('語言'), { target: { value: 'en' } });
    await screen.findByText('Open data and information disclosure');
    expect(window.localStorage.getItem('open-proposals.language')).toBe('en');
    first.unmount();

    renderApp();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('From one proposal to a government commitment');
  });
});
