import { PROPOSAL_STATUSES } from '../proposal/proposal.state';
import { NOTIFICATION_KINDS, NOTIFYING_EVENT_TYPES, canFollow, notificationRuleFor } from './notification-rules';

describe('notification rules', () => {
  it.each([
    ['ProposalReturned', 'proposal.returned', 'proposer'],
    ['ProposalRejected', 'proposal.rejected', 'proposer'],
    ['ProposalThresholdReached', 'proposal.threshold_reached', 'supporters'],
    ['ProposalRouted', 'proposal.routed', 'supporters'],
    ['AgencyResponded', 'agency.responded', 'supporters'],
  ])('%s tells the %s its %s', (eventType, kind, audience) => {
    expect(notificationRuleFor(eventType)).toEqual({ kind, audience });
  });

  it('notifies nobody of drafting, editing or co-signing', () => {
    for (const type of ['ProposalDraftCreated', 'ProposalDraftEdited', 'ProposalSubmitted', 'CosignAdded', 'ProposalWithdrawn']) {
      expect(notificationRuleFor(type)).toBeNull();
    }
  });

  it('gives every notifying event a distinct public kind', () => {
    const kinds = NOTIFYING_EVENT_TYPES.map((type) => notificationRuleFor(type)?.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect([...kinds].sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });

  it('lets people follow only what the public can see', () => {
    const followable = PROPOSAL_STATUSES.filter(canFollow);
    expect(followable).not.toContain('draft');
    expect(followable).not.toContain('in_review');
    expect(followable).not.toContain('rejected');
    expect(followable).not.toContain('withdrawn');
    expect(followable).toContain('open');
    expect(followable).toContain('adopted');
  });
});
