import { PROPOSAL_STATUSES } from '../proposal/proposal.state';
import { accountErasureAudit, isWithdrawnOnErasure } from './account-erasure';

describe('account erasure', () => {
  it.each(PROPOSAL_STATUSES.map((status) => [status, status === 'draft' || status === 'in_review'] as const))(
    'a %s proposal is withdrawn on erasure: %s',
    (status, withdrawn) => {
      expect(isWithdrawnOnErasure(status)).toBe(withdrawn);
    },
  );

  it('writes an audit line with counts only', () => {
    const now = new Date('2026-01-02T03:04:05Z');
    const entry = accountErasureAudit('u-1', { cosignsAnonymised: 2, commentsKept: 1, proposalsKept: 1, proposalsWithdrawn: 0 }, now);
    expect(entry).toEqual({
      actorId: 'u-1',
      action: 'user.erase',
      subjectType: 'user',
      subjectId: 'u-1',
      before: null,
      after: { erased: true, cosignsAnonymised: 2, commentsKept: 1, proposalsKept: 1, proposalsWithdrawn: 0 },
      reason: null,
      occurredAt: now,
    });
  });
});
