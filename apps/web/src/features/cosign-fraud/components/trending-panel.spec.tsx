import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../test/render-app';
import { aPage, apiError, stubApi, type Reply } from '../../proposals/testing/proposal-fixtures';
import { fieldErrorsReply, sentBody, signedInAs } from '../../staff/testing/staff-fixtures';
import type { CosignAlert } from '../api/cosign-fraud-api';

vi.setConfig({ testTimeout: 20_000 });

const PROPOSAL = 'e3000000-0000-4000-8000-0000000000e3';
const HASH = '0123456789abcdef0123456789abcdef';
const ALERT = 'a3000000-0000-4000-8000-0000000000a3';
const anAlert = (overrides: Partial<CosignAlert> = {}): CosignAlert => ({
  id: ALERT,
  proposalId: PROPOSAL,
  proposalTitle: '增設自行車道',
  kind: 'ip_prefix',
  sourceKey: HASH,
  sourceLabel: '198.51.*.*',
  windowCount: 30,
  windowTotal: 40,
  firstSeenAt: '2026-03-01T01:00:00.000Z',
  lastSeenAt: '2026-03-01T01:30:00.000Z',
  detectedAt: '2026-03-01T01:31:00.000Z',
  ...overrides,
});

const DISMISSAL = `POST /api/v1/moderation/cosign-alerts/${ALERT}/dismissal`;
const dismissed = (note: string): Reply => ({
  body: { ...anAlert(), resolvedAt: '2026-03-01T02:00:00.000Z', dismissedBy: 'b3c1d2e4-0000-4000-8000-000000000001', dismissalNote: note },
});

const stubModeration = (
  alerts: CosignAlert[],
  preview: unknown,
  invalidate: readonly Reply[] = [{ body: { id: 'x', invalidated: 30, countBefore: 40, countAfter: 10, belowThresholdAfterReaching: true } }],
  dismiss: readonly Reply[] = [dismissed('')],
) =>
  stubApi({
    'GET /api/v1/session/me': [signedInAs({ kind: 'moderator' })],
    'GET /api/v1/moderation/queue': [{ body: aPage([]) }],
    'GET /api/v1/rejections/reasons': [{ body: [] }],
    'GET /api/v1/moderation/comments/reported': [{ body: aPage([]) }],
    'GET /api/v1/moderation/cosign-alerts': [{ body: { items: alerts } }, { body: { items: [] } }],
    [`POST /api/v1/moderation/proposals/${PROPOSAL}/invalidations/preview`]: [{ body: preview }],
    [`POST /api/v1/moderation/proposals/${PROPOSAL}/invalidations`]: invalidate,
    [DISMISSAL]: dismiss,
  });

describe('trending co-sign sources', () => {
  it('previews, shows the count and the threshold warning, and only the confirmation invalidates', async () => {
    const { callsTo } = stubModeration([anAlert()], { matching: 30, cosignCount: 40, threshold: 35, thresholdReached: true, countAfter: 10 });
    renderApp({ path: '/moderation', locale: 'en' });
    const card = await screen.findByTestId('cosign-alert');
    expect(card.textContent).toContain('Network 198.51.*.*');
    expect(card.textContent).toContain('Co-signs in the window: 30 of 40');
    fireEvent.click(within(card).getByRole('button', { name: 'Invalidate these co-signs…' }));

    const form = screen.getByRole('dialog', { name: 'Invalidate co-signs' });
    expect(within(form).getByLabelText<HTMLSelectElement>('Public reason').value).toBe('automated_signups');
    fireEvent.click(within(form).getByRole('button', { name: 'Preview' }));
    expect(within(form).getByText('Write a public note.')).toBeTruthy();
    expect(callsTo('POST /api/v1/moderation')).toHaveLength(0);

    fireEvent.change(within(form).getByLabelText('Public note (required)'), { target: { value: 'Scripted co-signs from one network.' } });
    fireEvent.click(within(form).getByLabelText('Only co-signs between the first and last time this source was seen'));
    fireEvent.click(within(form).getByRole('button', { name: 'Preview' }));

    const confirm = await screen.findByRole('dialog', { name: 'Confirm the invalidation' });
    expect(within(confirm).getByTestId('invalidation-preview-count').textContent).toBe('Co-signs to invalidate: 30');
    expect(confirm.textContent).toContain('The official count goes from 40 to 10.');
    expect(confirm.textContent).toContain('reached its threshold of 35');
    expect(sentBody(callsTo(`POST /api/v1/moderation/proposals/${PROPOSAL}/invalidations/preview`)[0])).toEqual({
      ipPrefixHash: HASH,
      from: '2026-03-01T01:00:00.000Z',
      to: '2026-03-01T01:30:00.001Z',
    });
    expect(callsTo(`POST /api/v1/moderation/proposals/${PROPOSAL}/invalidations`).filter((c) => !c.url.endsWith('/preview'))).toHaveLength(0);

    fireEvent.click(within(confirm).getByRole('button', { name: 'Invalidate 30 co-signs' }));
    expect((await screen.findByTestId('invalidation-done')).textContent).toContain('Invalidated co-signs: 30');
    const sent = callsTo(`POST /api/v1/moderation/proposals/${PROPOSAL}/invalidations`).filter((c) => !c.url.endsWith('/preview'));
    expect(sentBody(sent[0])).toEqual({ ipPrefixHash: HASH, from: '2026-03-01T01:00:00.000Z', to: '2026-03-01T01:30:00.001Z', reason: 'automated_signups', note: 'Scripted co-signs from one network.' });
    await waitFor(() => expect(screen.queryByTestId('cosign-alert')).toBeNull());
  });

  it('offers no confirmation when nothing matches any more, and defaults a domain alert to the disposable-domain reason', async () => {
    stubModeration([anAlert({ kind: 'email_domain', sourceKey: 'mailinator.com', sourceLabel: 'mailinator.com' })], { matching: 0, cosignCount: 10, threshold: 5000, thresholdReached: false, countAfter: 10 });
    renderApp({ path: '/moderation', locale: 'zh-TW' });
    fireEvent.click(within(await screen.findByTestId('cosign-alert')).getByRole('button', { name: '將這些附議認定無效…' }));
    const form = screen.getByRole('dialog', { name: '認定附議無效' });
    expect(within(form).getByLabelText<HTMLSelectElement>('公開理由').value).toBe('disposable_domain');
    fireEvent.change(within(form).getByLabelText('公開說明（必填）'), { target: { value: '拋棄式信箱。' } });
    fireEvent.click(within(form).getByRole('button', { name: '預覽' }));
    const confirm = await screen.findByRole('dialog', { name: '確認認定無效' });
    expect(confirm.textContent).toContain('已沒有符合條件的有效附議');
    expect(within(confirm).queryByRole('button', { name: /認定 .* 份附議無效/ })).toBeNull();
  });

  it('shows the server’s message when the invalidation is refused', async () => {
    stubModeration([anAlert()], { matching: 3, cosignCount: 10, threshold: 5000, thresholdReached: false, countAfter: 7 }, [
      apiError(409, 'invalidation.nothing_matched', 'No valid co-signs match this criterion, so nothing changed.'),
    ]);
    renderApp({ path: '/moderation', locale: 'en' });
    fireEvent.click(within(await screen.findByTestId('cosign-alert')).getByRole('button', { name: 'Invalidate these co-signs…' }));
    const form = screen.getByRole('dialog', { name: 'Invalidate co-signs' });
    fireEvent.change(within(form).getByLabelText('Public note (required)'), { target: { value: 'Bots.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Preview' }));
    const confirm = await screen.findByRole('dialog', { name: 'Confirm the invalidation' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Invalidate 3 co-signs' }));
    expect((await within(confirm).findByRole('alert')).textContent).toBe('No valid co-signs match this criterion, so nothing changed.');
  });

  it('dismisses an alert with the note, sent with the CSRF header, and the alert leaves with the refetched list', async () => {
    const { callsTo } = stubModeration([anAlert()], null, undefined, [dismissed('School network.')]);
    renderApp({ path: '/moderation', locale: 'en' });
    fireEvent.click(within(await screen.findByTestId('cosign-alert')).getByRole('button', { name: 'Dismiss this alert…' }));

    const form = screen.getByRole('dialog', { name: 'Dismiss this alert' });
    expect(form.textContent).toContain('Network 198.51.*.*');
    fireEvent.change(within(form).getByLabelText('Why it is legitimate (required)'), { target: { value: '  School network.  ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Dismiss the alert' }));

    expect((await screen.findByTestId('dismissal-done')).textContent).toBe('Alert dismissed: Network 198.51.*.*. It comes back if this source’s co-signs in the window reach twice the figure shown now.');
    const [sent] = callsTo(DISMISSAL);
    expect(sentBody(sent)).toEqual({ note: 'School network.' });
    expect(new Headers(sent?.init?.headers).get('X-CSRF-Token')).toBe('csrf-abc');
    expect(callsTo('POST /api/v1/moderation/proposals')).toHaveLength(0);
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(screen.queryByTestId('cosign-alert')).toBeNull());
    expect(callsTo('GET /api/v1/moderation/cosign-alerts').length).toBeGreaterThanOrEqual(2);
  });

  it('requires the note before sending, and shows the server’s message for the field next to it', async () => {
    const { callsTo } = stubModeration([anAlert()], null, undefined, [fieldErrorsReply(400, 'validation_failed', [{ field: 'note', code: 'maxLength', message: '太長了。' }])]);
    renderApp({ path: '/moderation', locale: 'zh-TW' });
    fireEvent.click(within(await screen.findByTestId('cosign-alert')).getByRole('button', { name: '不處理此警示…' }));
    const form = screen.getByRole('dialog', { name: '不處理此警示' });
    const note = within(form).getByLabelText('不處理的理由（必填）');

    fireEvent.change(note, { target: { value: '   ' } });
    fireEvent.click(within(form).getByRole('button', { name: '確認不處理' }));
    expect(within(form).getByText('請說明為何不處理此警示。')).toBeTruthy();
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(callsTo(DISMISSAL)).toHaveLength(0);

    fireEvent.change(note, { target: { value: '校園網路' } });
    fireEvent.click(within(form).getByRole('button', { name: '確認不處理' }));
    const fieldError = await within(form).findByText('太長了。');
    expect(note.getAttribute('aria-describedby')).toContain(fieldError.id);
    expect(callsTo(DISMISSAL)).toHaveLength(1);
    expect(screen.getAllByTestId('cosign-alert')).toHaveLength(1);
  });
});
