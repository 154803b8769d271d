import { participationRules } from '../participation/participation-rules';
import { decideProposal, routeProposal, type ProposalDecisionInput } from './proposal-decision.aggregate';
import { at, completeContent, DECIDER_ID, proposalIn, unwrap, unwrapErr } from '../testing/proposal.factory';

const DAY_MS = 24 * 3_600_000;

describe('route', () => {
  const reached = proposalIn('threshold_reached');

  it('asks the suggested agencies, with the answer due agencyResponseDays after the threshold', () => {
    const { proposal, events } = unwrap(routeProposal(reached, { actorId: null }, participationRules(), at(100)));
    const due = new Date((reached.thresholdReachedAt ?? at(0)).getTime() + 60 * DAY_MS);
    expect(proposal).toMatchObject({ status: 'routed', routedAt: at(100), routedAgencyIds: ['agency-ndc'], agencyResponseDueAt: due });
    expect(events).toMatchObject([{ type: 'ProposalRouted', agencyIds: ['agency-ndc'], agencyResponseDueAt: due }]);
  });

  it('prefers moderator-assigned agencies', () => {
    const { proposal } = unwrap(routeProposal(reached, { actorId: 'mod', agencyIds: ['moj', 'moj', ' '] }, participationRules(), at(100)));
    expect(proposal.routedAgencyIds).toEqual(['moj']);
  });

  it('refuses when no agency can be asked', () => {
    const noAgency = proposalIn('threshold_reached', { content: { ...completeContent, suggestedAgencyIds: [] } });
    expect(unwrapErr(routeProposal(noAgency, { actorId: null }, participationRules(), at(100))).code).toBe('proposal.no_agency');
  });
});

describe('decide', () => {
  const routed = proposalIn('routed');
  const decide = (decision: ProposalDecisionInput) => decideProposal(routed, { deciderId: DECIDER_ID, decision }, at(200));

  it.each([
    [{ outcome: 'adopt' }, 'adopted'],
    [{ outcome: 'merge', targetCommitmentId: 'commitment-3' }, 'merged'],
    [{ outcome: 'refer' }, 'referred'],
    [{ outcome: 'decline', rationale: '現行法規已涵蓋' }, 'declined'],
  ] as const)('%j → %s', (decision, status) => {
    const { proposal } = unwrap(decide(decision));
    expect(proposal.status).toBe(status);
    expect(proposal.decision).toMatchObject({ outcome: decision.outcome, decidedBy: DECIDER_ID, decidedAt: at(200) });
  });

  it('a decline needs public reasons', () => {
    expect(unwrapErr(decide({ outcome: 'decline', rationale: '  ' })).code).toBe('proposal.rationale_required');
  });

  it('a merge needs the target commitment', () => {
    expect(unwrapErr(decide({ outcome: 'merge', targetCommitmentId: '' })).code).toBe('proposal.commitment_required');
    expect(unwrap(decide({ outcome: 'merge', targetCommitmentId: 'c-3' })).proposal.decision?.targetCommitmentId).toBe('c-3');
  });

  it('an adoption carries the intent to create a commitment; other outcomes do not', () => {
    const [adopted] = unwrap(decide({ outcome: 'adopt' })).events;
    expect(adopted).toMatchObject({
      type: 'ProposalDecided',
      commitmentIntent: {
        sourceProposalId: routed.id,
        origin: 'citizen_proposal',
        title: completeContent.title,
        description: completeContent.proposal,
        areaCode: 'open-data',
        responsibleAgencyIds: ['agency-ndc'],
      },
    });
    expect(unwrap(decide({ outcome: 'refer' })).events).toMatchObject([{ commitmentIntent: null }]);
  });
});
