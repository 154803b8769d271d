import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../test/render-app';
import { aPage, stubApi } from '../../proposals/testing/proposal-fixtures';
import { sentBody, signedInAs } from '../../staff/testing/staff-fixtures';
import type { ReportedComment } from '../api/reported-comments-api';

// These render the whole app and click through forms; on a busy shared machine that can exceed the 5 s default.
vi.setConfig({ testTimeout: 20_000 });

const COMMENT = 'c2000000-0000-4000-8000-0000000000c2';
const aReported = (overrides: Partial<ReportedComment> = {}): ReportedComment => ({
  id: COMMENT,
  proposalId: 'e2000000-0000-4000-8000-0000000000e2',
  body: '這是一則被檢舉的留言',
  visibility: 'hidden_by_reports',
  createdAt: '2026-03-01T00:00:00.000Z',
  author: { id: 'a2000000-0000-4000-8000-0000000000a2', displayName: '留言者' },
  reportCount: 3,
  firstReportedAt: '2026-03-01T01:00:00.000Z',
  reasons: ['人身攻擊'],
  ...overrides,
});

const renderReported = (items: ReportedComment[]) =>
  stubApi({
    'GET /api/v1/session/me': [signedInAs({ kind: 'moderator' })],
    'GET /api/v1/moderation/queue': [{ body: aPage([]) }],
    'GET /api/v1/rejections/reasons': [{ body: [] }],
    'GET /api/v1/moderation/comments/reported': [{ body: aPage(items) }],
    'POST /api/v1/moderation/comments': [{ body: {} }],
  });

describe('reported comments', () => {
  it('restores a comment hidden by reports, with a required reason', async () => {
    const { callsTo } = renderReported([aReported()]);
    renderApp({ path: '/moderation', locale: 'en' });
    const card = await screen.findByTestId('reported-comment', {}, { timeout: 5000 });
    expect(within(card).getByText(/Hidden for now by several reports/)).toBeTruthy();
    expect(within(card).getByText('人身攻擊')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Restore' }));
    expect(within(card).getByText('Give the reason.')).toBeTruthy();
    expect(callsTo('POST')).toEqual([]);
    fireEvent.change(within(card).getByLabelText('Reason (required)'), { target: { value: '未違反規範' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(callsTo(`POST /api/v1/moderation/comments/${COMMENT}/restore`)).toHaveLength(1));
    expect(sentBody(callsTo('POST')[0])).toEqual({ reason: '未違反規範' });
  });

  it('hides a visible reported comment', async () => {
    const { callsTo } = renderReported([aReported({ visibility: 'visible', reportCount: 1 })]);
    renderApp({ path: '/moderation', locale: 'en' });
    const card = await screen.findByTestId('reported-comment', {}, { timeout: 5000 });
    expect(within(card).queryByRole('button', { name: 'Restore' })).toBeNull();
    fireEvent.change(within(card).getByLabelText('Reason (required)'), { target: { value: '人身攻擊' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Hide the comment' }));
    await waitFor(() => expect(callsTo(`POST /api/v1/moderation/comments/${COMMENT}/hide`)).toHaveLength(1));
  });
});
