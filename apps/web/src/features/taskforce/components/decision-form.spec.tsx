import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../test/render-app';
import { aPage, stubApi } from '../../proposals/testing/proposal-fixtures';
import { fieldErrorsReply, sentBody, signedInAs } from '../../staff/testing/staff-fixtures';
import type { InboxItem } from '../api/taskforce-api';

// These render the whole app and click through forms; on a busy shared machine that can exceed the 5 s default.
vi.setConfig({ testTimeout: 20_000 });

const ITEM = 'c1000000-0000-4000-8000-0000000000c1';
const anItem = (): InboxItem => ({
  reviewItemId: ITEM,
  openedAt: '2026-03-01T00:00:00.000Z',
  proposal: { id: 'e1000000-0000-4000-8000-0000000000e1', title: '建立會議紀錄公開平台', areaCode: 'open-data', cosignCount: 5123, routedAt: '2026-03-01T00:00:00.000Z', agencyIds: [] },
});

const renderInbox = (routes: Parameters<typeof stubApi>[0] = {}) => {
  const api = stubApi({
    'GET /api/v1/session/me': [signedInAs({ kind: 'task_force_member', side: 'civil', role: 'convener' })],
    'GET /api/v1/taskforce/inbox': [{ body: aPage([anItem()]) }],
    ...routes,
  });
  renderApp({ path: '/taskforce', locale: 'en' });
  return api;
};
const openForm = async () => {
  const card = await screen.findByTestId('inbox-item', {}, { timeout: 5000 });
  fireEvent.click(within(card).getByRole('button', { name: 'Decide' }));
  return card;
};
const vote = (side: string, label: string, value: string) =>
  fireEvent.change(within(screen.getByRole('group', { name: side })).getByLabelText(label), { target: { value } });
const confirm = () => fireEvent.click(within(screen.getByRole('dialog', { name: 'Record this decision?' })).getByRole('button', { name: 'Record' }));

describe('task force decisions', () => {
  it('adopts with votes by side and a new commitment, after confirmation', async () => {
    const { callsTo } = renderInbox({ 'POST /api/v1/taskforce/review-items': [{ status: 201, body: { proposalStatus: 'adopted', commitmentId: null } }] });
    await openForm();
    vote('Government members’ votes', 'For', '4');
    vote('Government members’ votes', 'Abstain', '1');
    vote('Civil society members’ votes', 'For', '6');
    vote('Civil society members’ votes', 'Against', '1');
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    expect(screen.getAllByText('This field is required.')).toHaveLength(3);
    expect(screen.queryByRole('dialog')).toBeNull();

    await screen.findByRole('option', { name: 'Public participation' });
    fireEvent.change(screen.getByLabelText('Area'), { target: { value: 'participation' } });
    fireEvent.change(screen.getByLabelText('Commitment title (Chinese)'), { target: { value: '會議紀錄公開' } });
    fireEvent.change(screen.getByLabelText('Description (Chinese)'), { target: { value: '各機關會議紀錄於十四日內公開。' } });
    fireEvent.change(screen.getByLabelText('Public rationale (optional)'), { target: { value: '符合透明原則。' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    confirm();
    await waitFor(() => expect(callsTo(`POST /api/v1/taskforce/review-items/${ITEM}/decision`)).toHaveLength(1));
    expect(sentBody(callsTo('POST')[0])).toEqual({
      outcome: 'adopt',
      rationale: '符合透明原則。',
      votes: { government: { for: 4, against: 0, abstain: 1 }, civil: { for: 6, against: 1, abstain: 0 } },
      commitment: { areaCode: 'participation', planCode: 'nap-1', title: { 'zh-TW': '會議紀錄公開' }, description: { 'zh-TW': '各機關會議紀錄於十四日內公開。' } },
    });
  });

  it('refuses a vote that is not a whole number, and a decline without rationale', async () => {
    const { callsTo } = renderInbox();
    await openForm();
    fireEvent.click(screen.getByLabelText('Decline'));
    vote('Civil society members’ votes', 'Against', '-1');
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    expect(screen.getByText('Enter a whole number of 0 or more.')).toBeTruthy();
    expect(screen.getByLabelText('Public rationale (required)').getAttribute('aria-invalid')).toBe('true');
    expect(callsTo('POST')).toEqual([]);
  });

  it('merges into a commitment picked from the plan, and shows server field errors next to the field', async () => {
    const { callsTo } = renderInbox({
      'GET /api/v1/action-plans/nap-1/commitments': [{ body: { planCode: 'nap-1', items: [{ id: 'f1000000-0000-4000-8000-0000000000f1', areaCode: 'open-data', title: { 'zh-TW': '資料開放', en: 'Open data' } }] } }],
      'POST /api/v1/taskforce/review-items': [fieldErrorsReply(400, 'validation_failed', [{ field: 'rationale', code: 'maxLength', message: 'Is too long.' }])],
    });
    await openForm();
    fireEvent.click(screen.getByLabelText('Merge into an existing commitment'));
    fireEvent.change(await screen.findByRole('option', { name: 'Open data' }).then(() => screen.getByLabelText('Commitment to merge into')), { target: { value: 'f1000000-0000-4000-8000-0000000000f1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    confirm();
    const message = await screen.findByText('Is too long.');
    expect(screen.getByLabelText('Public rationale (optional)').getAttribute('aria-describedby')).toBe(message.id);
    expect(sentBody(callsTo('POST')[0])).toMatchObject({ outcome: 'merge', targetCommitmentId: 'f1000000-0000-4000-8000-0000000000f1' });
  });
});
