import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../test/render-app';
import { aPage, apiError, stubApi } from '../../proposals/testing/proposal-fixtures';
import { sentBody, signedInAs } from '../../staff/testing/staff-fixtures';
import type { AgencyRequest } from '../api/agency-api';

// These render the whole app and click through forms; on a busy shared machine that can exceed the 5 s default.
vi.setConfig({ testTimeout: 20_000 });

const REQUEST_ID = 'd0000000-0000-4000-8000-00000000000d';
const aRequest = (overrides: Partial<AgencyRequest> = {}): AgencyRequest => ({
  id: REQUEST_ID,
  proposalId: 'e0000000-0000-4000-8000-00000000000e',
  proposalTitle: '公開各部會預算資料',
  agencyId: 'a0000000-0000-4000-8000-00000000000a',
  requestedAt: '2026-03-01T00:00:00.000Z',
  dueAt: '2026-04-30T00:00:00.000Z',
  status: 'requested',
  timeliness: 'pending',
  flaggedOverdue: false,
  extensionCount: 0,
  ...overrides,
});

const renderRequests = (routes: Parameters<typeof stubApi>[0] = {}, items = [aRequest()]) => {
  const api = stubApi({
    'GET /api/v1/session/me': [signedInAs({ kind: 'agency_officer', agencyId: 'a0000000-0000-4000-8000-00000000000a' })],
    'GET /api/v1/agency/requests': [{ body: aPage(items) }],
    ...routes,
  });
  renderApp({ path: '/agency', locale: 'en' });
  return api;
};
const card = () => screen.findByTestId('agency-request', {}, { timeout: 5000 });

describe('agency officer: point-by-point answer and extension', () => {
  it('shows the due date, and marks an overdue request', async () => {
    renderRequests({}, [aRequest({ timeliness: 'overdue' })]);
    const item = await card();
    expect(item.className).toContain('staff-card--overdue');
    expect(within(item).getByText(/Overdue: was due Apr 30, 2026/)).toBeTruthy();
    expect(within(item).getByRole('link', { name: '公開各部會預算資料' }).getAttribute('href')).toBe('/proposals/e0000000-0000-4000-8000-00000000000e');
  });

  it('answers point by point: adds and removes points, previews, requires bodies and confirms before publishing', async () => {
    const { callsTo } = renderRequests({ 'POST /api/v1/agency/requests': [{ status: 201, body: {} }] });
    fireEvent.click(within(await card()).getByRole('button', { name: 'Answer point by point' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a point' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a point' }));
    expect(screen.getAllByTestId('response-point')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Remove point 3' }));
    expect(screen.getAllByTestId('response-point')).toHaveLength(2);

    const [first, second] = screen.getAllByTestId('response-point') as [HTMLElement, HTMLElement];
    fireEvent.change(within(first).getByLabelText('Heading (optional)'), { target: { value: '一、辦理現況' } });
    fireEvent.change(within(first).getByLabelText('Answer'), { target: { value: '已公開資料集。' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publish the answer' }));
    expect(within(second).getByText('Write the answer to this point.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.change(within(second).getByLabelText('Answer'), { target: { value: '  將於年底前完成。 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect(within(screen.getByTestId('response-preview')).getByText('一、辦理現況')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Publish the answer' }));
    const dialog = screen.getByRole('dialog', { name: 'Publish this answer?' });
    expect(within(dialog).getByText(/The answer of 2 point\(s\) is published/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(callsTo(`POST /api/v1/agency/requests/${REQUEST_ID}/response`)).toHaveLength(1));
    expect(sentBody(callsTo('POST')[0])).toEqual({ points: [{ heading: '一、辦理現況', body: '已公開資料集。' }, { heading: null, body: '將於年底前完成。' }] });
  });

  it('shows the server’s refusal next to the submit button', async () => {
    renderRequests({ 'POST /api/v1/agency/requests': [apiError(409, 'agency_response.already_answered', 'This request has already been answered; a published answer cannot be changed.')] });
    fireEvent.click(within(await card()).getByRole('button', { name: 'Answer point by point' }));
    fireEvent.change(screen.getByLabelText('Answer'), { target: { value: '回應' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publish the answer' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Publish' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This request has already been answered; a published answer cannot be changed.');
  });

  it('extends with a public reason and a new Taipei date, after confirmation', async () => {
    const { callsTo } = renderRequests({ 'POST /api/v1/agency/requests': [{ status: 201, body: {} }] });
    fireEvent.click(within(await card()).getByRole('button', { name: 'Extend the due date' }));
    fireEvent.click(screen.getByRole('button', { name: 'Request the extension' }));
    expect(screen.getByText('Give the reason for the extension.')).toBeTruthy();
    expect(screen.getByText('Choose the new due date.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Reason (public)'), { target: { value: '需跨部會協調' } });
    fireEvent.change(screen.getByLabelText('New due date (end of that day, Taiwan time)'), { target: { value: '2026-06-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Request the extension' }));
    fireEvent.click(within(screen.getByRole('dialog', { name: 'Extend the due date?' })).getByRole('button', { name: 'Extend' }));
    await waitFor(() => expect(callsTo(`POST /api/v1/agency/requests/${REQUEST_ID}/extension`)).toHaveLength(1));
    expect(sentBody(callsTo('POST')[0])).toEqual({ reason: '需跨部會協調', newDueAt: '2026-06-30T15:59:59.000Z' });
  });
});
