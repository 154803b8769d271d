import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../test/render-app';
import { aPage, stubApi } from '../../proposals/testing/proposal-fixtures';
import { fieldErrorsReply, sentBody, signedInAs } from '../../staff/testing/staff-fixtures';
import type { AgendaItem, Meeting } from '../api/meetings-api';

// These render the whole app and click through forms; on a busy shared machine that can exceed the 5 s default.
vi.setConfig({ testTimeout: 20_000 });

const MEETING = 'd1000000-0000-4000-8000-0000000000d1';
const REVIEW_A = 'c1000000-0000-4000-8000-0000000000c1';
const REVIEW_B = 'c2000000-0000-4000-8000-0000000000c2';
const agendaItem = (position: number, reviewItemId: string, title: string, reviewStatus: 'open' | 'decided' = 'open'): AgendaItem => ({
  id: `e${position}000000-0000-4000-8000-000000000000`,
  position,
  reviewItemId,
  commitmentId: null,
  title,
  proposalId: 'f1000000-0000-4000-8000-0000000000f1',
  reviewStatus,
});
const aMeeting = (agenda: AgendaItem[] = []): Meeting => ({ id: MEETING, heldOn: '2026-12-15', title: 'Task force, 9th meeting', agenda });
const inboxItem = (reviewItemId: string, title: string) => ({
  reviewItemId,
  openedAt: '2026-03-01T00:00:00.000Z',
  proposal: { id: 'f1000000-0000-4000-8000-0000000000f1', title, areaCode: 'open-data', cosignCount: 5001, routedAt: null, agencyIds: [] },
});

const renderMeeting = (routes: Parameters<typeof stubApi>[0]) => {
  const api = stubApi({
    'GET /api/v1/session/me': [signedInAs({ kind: 'task_force_member', side: 'civil', role: 'member' })],
    'GET /api/v1/taskforce/inbox': [{ body: aPage([inboxItem(REVIEW_A, 'Open budgets'), inboxItem(REVIEW_B, 'Open minutes')]) }],
    ...routes,
  });
  renderApp({ path: `/taskforce/meetings/${MEETING}`, locale: 'en' });
  return api;
};

describe('a task-force meeting page', () => {
  it('fills the agenda only after confirmation and says how many items it added', async () => {
    const filled = aMeeting([agendaItem(1, REVIEW_A, 'Open budgets'), agendaItem(2, REVIEW_B, 'Open minutes', 'decided')]);
    const { callsTo } = renderMeeting({
      'GET /api/v1/taskforce/meetings/': [{ body: aMeeting() }],
      'POST /api/v1/taskforce/meetings/': [{ status: 201, body: filled }],
    });
    expect(await screen.findByText(/The agenda is empty/, {}, { timeout: 5000 })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fill the agenda' }));
    const dialog = screen.getByRole('dialog', { name: 'Fill this agenda?' });
    expect(callsTo('POST')).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Fill' }));
    expect(await screen.findByText('Items added to the agenda: 2.')).toBeTruthy();
    expect(callsTo(`POST /api/v1/taskforce/meetings/${MEETING}/agenda/fill`)).toHaveLength(1);
    // The open item can be decided from the agenda; the decided one cannot.
    const items = screen.getAllByTestId('agenda-item');
    expect(within(items[0] as HTMLElement).getByRole('button', { name: 'Decide' })).toBeTruthy();
    expect(within(items[1] as HTMLElement).queryByRole('button', { name: 'Decide' })).toBeNull();
    expect(within(items[1] as HTMLElement).getByText('Decided')).toBeTruthy();
  });

  it('adds a routed proposal from the inbox, offering only those not on the agenda, and shows a refusal next to the field', async () => {
    const { callsTo } = renderMeeting({
      'GET /api/v1/taskforce/meetings/': [{ body: aMeeting([agendaItem(1, REVIEW_A, 'Open budgets')]) }],
      'POST /api/v1/taskforce/meetings/': [fieldErrorsReply(400, 'validation_failed', [{ field: 'reviewItemId', code: 'unknown_subject', message: 'No review item or commitment has this id.' }])],
    });
    const select = await screen.findByLabelText('Proposal from the inbox', {}, { timeout: 5000 });
    expect(within(select).queryByRole('option', { name: 'Open budgets' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add to the agenda' }));
    expect(screen.getByText('Choose a proposal to add.')).toBeTruthy();
    expect(callsTo('POST')).toEqual([]);
    fireEvent.change(select, { target: { value: REVIEW_B } });
    fireEvent.click(screen.getByRole('button', { name: 'Add to the agenda' }));
    const message = await screen.findByText('No review item or commitment has this id.');
    expect(select.getAttribute('aria-describedby')).toBe(message.id);
    expect(sentBody(callsTo('POST')[0])).toEqual({ reviewItemId: REVIEW_B });
  });

  it('says so when the meeting does not exist', async () => {
    renderMeeting({ 'GET /api/v1/taskforce/meetings/': [fieldErrorsReply(404, 'not_found', [])] });
    expect(await screen.findByText(/There is no such meeting/, {}, { timeout: 5000 })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Fill the agenda' })).toBeNull());
  });
});
