import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../test/render-app';
import { aPage, aProposalSummary, stubApi } from '../../proposals/testing/proposal-fixtures';
import { fieldErrorsReply, sentBody, signedInAs } from '../../staff/testing/staff-fixtures';
import type { QueuedProposal, RejectReason } from '../api/moderation-api';

// These render the whole app and click through forms; on a busy shared machine that can exceed the 5 s default.
vi.setConfig({ testTimeout: 20_000 });

const ID = '5e0f7a1b-2c3d-4e5f-8a9b-0c1d2e3f4a5b';
const queued = (overrides: Partial<QueuedProposal> = {}): QueuedProposal => ({
  id: ID,
  clock: { submittedAt: '2026-03-02T01:00:00.000Z', dueAt: '2026-03-09T16:00:00.000Z', overdue: false },
  content: { title: '公開預算資料', background: '現況', proposal: '建議', expectedBenefits: '效益', areaCode: 'general', suggestedAgencyIds: [], links: [] },
  ...overrides,
});
const reasons: RejectReason[] = [
  { code: 'commercial', label: { 'zh-TW': '商業廣告', en: 'Commercial advertising' }, noteRequired: false, duplicateOfRequired: false },
  { code: 'other', label: { 'zh-TW': '其他', en: 'Other' }, noteRequired: true, duplicateOfRequired: false },
];

const renderQueue = (routes: Parameters<typeof stubApi>[0] = {}, items = [queued()]) => {
  const api = stubApi({
    'GET /api/v1/session/me': [signedInAs({ kind: 'moderator' })],
    'GET /api/v1/moderation/queue': [{ body: aPage(items) }],
    'GET /api/v1/rejections/reasons': [{ body: reasons }],
    'GET /api/v1/moderation/comments/reported': [{ body: aPage([]) }],
    ...routes,
  });
  renderApp({ path: '/moderation', locale: 'en' });
  return api;
};
const open = async (name: string) => {
  const card = await screen.findByTestId('queued-proposal', {}, { timeout: 5000 });
  fireEvent.click(within(card).getByRole('button', { name }));
  return screen.getByRole('dialog');
};
const bodyOf = sentBody;

describe('moderation decisions', () => {
  it('lists submissions with their review clock and highlights the overdue ones', async () => {
    renderQueue({}, [queued(), queued({ id: 'a0000000-0000-4000-8000-000000000002', clock: { submittedAt: '2026-02-01T01:00:00.000Z', dueAt: '2026-02-06T16:00:00.000Z', overdue: true } })]);
    const cards = await screen.findAllByTestId('queued-proposal', {}, { timeout: 5000 });
    expect(cards[0]?.className).not.toContain('overdue');
    expect(within(cards[0] as HTMLElement).getByText(/Review due: Mar 10, 2026/)).toBeTruthy();
    expect(cards[1]?.className).toContain('staff-card--overdue');
    expect(within(cards[1] as HTMLElement).getByText(/Overdue: was due Feb 7, 2026/)).toBeTruthy();
    expect(screen.getByText('2 waiting for review, 1 of them overdue.')).toBeTruthy();
  });

  it('requires a note to return a submission, then sends it', async () => {
    const { callsTo } = renderQueue({ 'POST /api/v1/moderation/proposals': [{ body: {} }] });
    const dialog = await open('Return for revision');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Return' }));
    const note = within(dialog).getByLabelText('Note (required)');
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByText('Write a note.')).toBeTruthy();
    expect(callsTo('POST')).toEqual([]);

    fireEvent.change(note, { target: { value: '請補充執行方式。' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Return' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [call] = callsTo(`POST /api/v1/moderation/proposals/${ID}/return`);
    expect(bodyOf(call)).toEqual({ note: '請補充執行方式。' });
  });

  it('publishes only after the confirming button, and cancelling sends nothing', async () => {
    const { callsTo } = renderQueue({ 'POST /api/v1/moderation/proposals': [{ body: {} }] });
    let dialog = await open('Publish');
    expect(within(dialog).getByText('Publishing opens co-signing and cannot be undone.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(callsTo('POST')).toEqual([]);
    dialog = await open('Publish');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(callsTo(`POST /api/v1/moderation/proposals/${ID}/publish`)).toHaveLength(1));
  });

  it('rejects with a reason code, asking a note only where the reason needs one, and shows server field errors', async () => {
    const { callsTo } = renderQueue({
      'POST /api/v1/moderation/proposals': [fieldErrorsReply(400, 'validation_failed', [{ field: 'note', code: 'maxLength', message: 'Is too long.' }])],
    });
    const dialog = await open('Reject');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reject' }));
    expect(within(dialog).getByText('Choose a reason.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Reason for rejection'), { target: { value: 'other' } });
    expect(within(dialog).getByLabelText('Note (required)')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Reason for rejection'), { target: { value: 'commercial' } });
    fireEvent.change(within(dialog).getByLabelText('Note (optional)'), { target: { value: '廣告' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reject' }));
    const error = await within(dialog).findByText('Is too long.');
    expect(within(dialog).getByLabelText('Note (optional)').getAttribute('aria-describedby')).toContain(error.id);
    expect(bodyOf(callsTo(`POST /api/v1/moderation/proposals/${ID}/reject`)[0])).toEqual({ code: 'commercial', note: '廣告' });
  });

  it('marks a duplicate of a published proposal found by its title', async () => {
    const original = aProposalSummary({ id: 'f0000000-0000-4000-8000-00000000000f', title: '公開預算資料（原提議）' });
    const { callsTo } = renderQueue({ 'GET /api/v1/proposals?': [{ body: aPage([original]) }], 'POST /api/v1/moderation/proposals': [{ body: {} }] });
    const dialog = await open('Mark as duplicate');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark as duplicate' }));
    expect(within(dialog).getByText('Choose the original proposal.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Search published proposals by title'), { target: { value: '預算' } });
    fireEvent.click(await within(dialog).findByLabelText('公開預算資料（原提議）'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark as duplicate' }));
    await waitFor(() => expect(callsTo(`POST /api/v1/moderation/proposals/${ID}/duplicate`)).toHaveLength(1));
    expect(bodyOf(callsTo(`POST /api/v1/moderation/proposals/${ID}/duplicate`)[0])).toEqual({ duplicateOfId: original.id });
    expect(callsTo('GET /api/v1/proposals?')[0]?.url).toContain('q=%E9%A0%90%E7%AE%97');
  });
});
