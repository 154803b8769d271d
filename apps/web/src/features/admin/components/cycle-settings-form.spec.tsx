import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../test/render-app';
import { stubApi } from '../../proposals/testing/proposal-fixtures';
import { fieldErrorsReply, sentBody, signedInAs } from '../../staff/testing/staff-fixtures';
import type { CycleSettings } from '../api/cycle-settings-api';

// These render the whole app and click through forms; on a busy shared machine that can exceed the 5 s default.
vi.setConfig({ testTimeout: 20_000 });

const aCycle = (overrides: Partial<CycleSettings> = {}): CycleSettings => ({
  id: 'c0c0c0c0-0000-4000-8000-000000000001',
  code: '2026',
  title: { 'zh-TW': '2026 年參與週期', en: '2026 cycle' },
  threshold: 5000,
  cosignWindowDays: 60,
  reviewWorkingDays: 5,
  agencyResponseDays: 60,
  cosignsAccumulateAfterThreshold: true,
  blackoutPeriods: [],
  openProposals: 3,
  updatedAt: '2026-03-01T02:00:00.000Z',
  ...overrides,
});

const renderSettings = (patchReplies: Parameters<typeof stubApi>[0][string] = []) => {
  const api = stubApi({
    'GET /api/v1/session/me': [signedInAs({ kind: 'admin' })],
    'GET /api/v1/admin/cycles/current': [{ body: aCycle() }],
    'PATCH /api/v1/admin/cycles/current': patchReplies,
  });
  renderApp({ path: '/admin', locale: 'en' });
  return api;
};

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

describe('cycle settings form', () => {
  it('shows the stored settings and the queue dashboard link', async () => {
    renderSettings();
    expect((await screen.findByLabelText<HTMLInputElement>('Co-sign threshold (people)')).value).toBe('5000');
    expect(screen.getByLabelText<HTMLInputElement>('Co-sign window (days)').value).toBe('60');
    expect(screen.getByRole('link', { name: 'Open the queue dashboard' }).getAttribute('href')).toBe('/api/admin/queues');
  });

  it('marks invalid fields next to them and sends nothing', async () => {
    const { callsTo } = renderSettings();
    fireEvent.change(await screen.findByLabelText('Co-sign threshold (people)'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a pause' }));
    fireEvent.change(screen.getByLabelText('First day of the pause'), { target: { value: '2027-12-01' } });
    fireEvent.change(screen.getByLabelText('Resumes on (from 00:00 that day)'), { target: { value: '2027-11-30' } });
    save();

    const threshold = screen.getByLabelText('Co-sign threshold (people)');
    expect(threshold.getAttribute('aria-invalid')).toBe('true');
    expect(threshold.getAttribute('aria-describedby')).toContain('-threshold-error');
    expect(screen.getByText('Enter a whole number of 1 or more.')).toBeTruthy();
    expect(screen.getByText('The resume date must be after the first day.')).toBeTruthy();
    expect(screen.getAllByText('Give the reason.')).toHaveLength(2);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(callsTo('PATCH')).toEqual([]);
  });

  it('asks for confirmation, then sends the change with the CSRF header; cancelling sends nothing', async () => {
    document.cookie = 'op_csrf=token-123';
    const { callsTo } = renderSettings([{ body: aCycle({ threshold: 3000, updatedAt: '2026-03-02T02:00:00.000Z' }) }]);
    fireEvent.change(await screen.findByLabelText('Co-sign threshold (people)'), { target: { value: '3000' } });
    save();
    const dialog = screen.getByRole('dialog', { name: 'Change the participation cycle settings?' });
    expect(within(dialog).getByText(/The threshold becomes 3000 co-signs, at once, also for the 3 proposals/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(callsTo('PATCH')).toEqual([]);

    save();
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Change settings' }));
    expect(await screen.findByText('The settings are saved.')).toBeTruthy();
    const [call] = callsTo('PATCH /api/v1/admin/cycles/current');
    expect(sentBody(call)).toEqual({ threshold: 3000, cosignWindowDays: 60, blackoutPeriods: [] });
    expect(new Headers(call?.init?.headers).get('X-CSRF-Token')).toBe('token-123');
    expect(screen.getByLabelText<HTMLInputElement>('Co-sign threshold (people)').value).toBe('3000');
  });

  it('sends blackout days as Taipei midnights', async () => {
    const { callsTo } = renderSettings([{ body: aCycle() }]);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a pause' }));
    fireEvent.change(screen.getByLabelText('First day of the pause'), { target: { value: '2027-11-29' } });
    fireEvent.change(screen.getByLabelText('Resumes on (from 00:00 that day)'), { target: { value: '2028-01-28' } });
    fireEvent.change(screen.getByLabelText('Reason (Chinese)'), { target: { value: '大選前暫停' } });
    fireEvent.change(screen.getByLabelText('Reason (English)'), { target: { value: 'Election pause' } });
    save();
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Change settings' }));
    await waitFor(() => expect(callsTo('PATCH')).toHaveLength(1));
    expect(sentBody(callsTo('PATCH')[0])).toMatchObject({
      blackoutPeriods: [{ startsAt: '2027-11-28T16:00:00.000Z', endsAt: '2028-01-27T16:00:00.000Z', reasonZhTw: '大選前暫停', reasonEn: 'Election pause' }],
    });
  });

  it('shows the server’s field errors next to their fields', async () => {
    renderSettings([
      fieldErrorsReply(409, 'cycle_threshold_raise_while_open', [
        { field: 'threshold', code: 'cycle.threshold_raise_while_open', message: 'Proposals are still collecting co-signs, so the threshold can be lowered but not raised.' },
      ]),
    ]);
    fireEvent.change(await screen.findByLabelText('Co-sign threshold (people)'), { target: { value: '9000' } });
    save();
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Change settings' }));
    const message = await screen.findByText('Proposals are still collecting co-signs, so the threshold can be lowered but not raised.');
    const threshold = screen.getByLabelText('Co-sign threshold (people)');
    expect(threshold.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
    expect(screen.queryByText('The settings are saved.')).toBeNull();
  });
});
