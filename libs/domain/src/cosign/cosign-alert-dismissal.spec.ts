import { cosignAlertDismissalAuditEntry, dismissCosignAlert } from './cosign-alert-dismissal';

const at = new Date('2026-03-01T02:00:00Z');

describe('dismissCosignAlert', () => {
  it('settles an open alert with who and why, the note trimmed', () => {
    expect(dismissCosignAlert({ id: 'a-1', resolvedAt: null }, { by: 'mod-1', note: '  臺大校園信箱，屬正常附議。 ', at })).toEqual({
      ok: true,
      value: { resolvedAt: at, dismissedBy: 'mod-1', dismissalNote: '臺大校園信箱，屬正常附議。' },
    });
  });

  it('refuses an alert already settled, by a dismissal or an invalidation', () => {
    expect(dismissCosignAlert({ id: 'a-1', resolvedAt: new Date('2026-03-01T01:00:00Z') }, { by: 'mod-2', note: '再一次', at })).toEqual({
      ok: false,
      error: { code: 'cosign_alert.already_resolved' },
    });
  });
});

describe('cosignAlertDismissalAuditEntry', () => {
  it('records the alert, the moderator and the note as the reason', () => {
    const entry = cosignAlertDismissalAuditEntry({
      alertId: 'a-1',
      proposalId: 'p-1',
      sourceLabel: '140.112.*.*',
      dismissal: { resolvedAt: at, dismissedBy: 'mod-1', dismissalNote: '校園網路' },
    });
    expect(entry).toEqual({
      actorId: 'mod-1',
      action: 'cosign_alert.dismiss',
      subjectType: 'cosign_alert',
      subjectId: 'a-1',
      before: { resolvedAt: null },
      after: { resolvedAt: at.toISOString(), proposalId: 'p-1', source: '140.112.*.*' },
      reason: '校園網路',
      occurredAt: at,
    });
  });
});
