import {
  editProposalDraft,
  markProposalDuplicate,
  publishProposal,
  rejectProposal,
  returnProposal,
  submitProposal,
  withdrawProposal,
} from './proposal.aggregate';
import { closeCosigning, expireProposal, recordCosign } from './proposal-cosigning.aggregate';
import { decideProposal, routeProposal } from './proposal-decision.aggregate';
import { PROPOSAL_STATUSES, type Proposal, type ProposalStatus } from './proposal.state';
import { actionsFrom, isTerminalStatus, PROPOSAL_ACTIONS, type ProposalAction, type ProposalResult } from './proposal.transitions';
import type { ProposalEventType } from './proposal.events';
import { at, DECIDER_ID, MODERATOR_ID, PROPOSER, proposalIn, testRules, unwrap } from '../testing/proposal.factory';

const rules = testRules();
const LATE = at(24 * 365);

/** Each action attempted with inputs that are valid whenever the state allows the action. */
const attempt: Record<ProposalAction, (p: Proposal) => ProposalResult> = {
  edit_draft: (p) => editProposalDraft(p, { editorId: PROPOSER.id, changes: { title: '新標題' } }, at(3)),
  submit: (p) => submitProposal(p, { proposer: PROPOSER }, rules, at(3)),
  return: (p) => returnProposal(p, { moderatorId: MODERATOR_ID, note: '請補充現況說明' }, at(3)),
  publish: (p) => publishProposal(p, { moderatorId: MODERATOR_ID }, rules, at(3)),
  reject: (p) => rejectProposal(p, { moderatorId: MODERATOR_ID, code: 'commercial' }, at(3)),
  mark_duplicate: (p) => markProposalDuplicate(p, { moderatorId: MODERATOR_ID, duplicateOfId: 'proposal-0' }, at(3)),
  withdraw: (p) => withdrawProposal(p, { proposerId: PROPOSER.id }, at(3)),
  // Inside the window: one hour after whatever happened last.
  record_cosign: (p) => recordCosign(p, { newCount: p.cosignCount + 1 }, rules, new Date(p.updatedAt.getTime() + 3_600_000)),
  expire: (p) => expireProposal(p, rules, p.cosignDeadline ?? LATE),
  close_cosigning: (p) => closeCosigning(p, p.cosignDeadline ?? LATE),
  route: (p) => routeProposal(p, { actorId: null }, rules, at(60)),
  decide: (p) => decideProposal(p, { deciderId: DECIDER_ID, decision: { outcome: 'adopt' } }, at(80)),
};

type Legal = readonly [to: ProposalStatus, events: readonly ProposalEventType[]];

/** DOMAIN.md's diagram, written out independently of PROPOSAL_TRANSITIONS so that the two check each other. */
const LEGAL: Readonly<Record<ProposalAction, Partial<Record<ProposalStatus, Legal>>>> = {
  edit_draft: { draft: ['draft', ['ProposalDraftEdited']] },
  submit: { draft: ['in_review', ['ProposalSubmitted']] },
  return: { in_review: ['draft', ['ProposalReturned']] },
  publish: { in_review: ['open', ['ProposalPublished']] },
  reject: { in_review: ['rejected', ['ProposalRejected']] },
  mark_duplicate: { in_review: ['duplicate', ['ProposalMarkedDuplicate']] },
  withdraw: { draft: ['withdrawn', ['ProposalWithdrawn']], in_review: ['withdrawn', ['ProposalWithdrawn']] },
  record_cosign: { open: ['open', []], threshold_reached: ['threshold_reached', []] },
  expire: { open: ['expired', ['ProposalExpired']] },
  close_cosigning: { threshold_reached: ['threshold_reached', ['ProposalCosigningClosed']] },
  route: { threshold_reached: ['routed', ['ProposalRouted']] },
  decide: { routed: ['adopted', ['ProposalDecided']] },
};

const cases = PROPOSAL_STATUSES.flatMap((from) =>
  PROPOSAL_ACTIONS.map((action) => ({ from, action, legal: LEGAL[action][from] ?? null })),
);

describe('proposal state × action matrix', () => {
  it('covers all 13 states × 12 actions', () => {
    expect(cases).toHaveLength(156);
  });

  const legalCases = cases.flatMap(({ from, action, legal }) => (legal ? [{ from, action, to: legal[0], eventTypes: legal[1] }] : []));

  it.each(legalCases)('$action from $from succeeds → $to', ({ from, action, to, eventTypes }) => {
    const before = proposalIn(from);
    const { proposal, events } = unwrap(attempt[action](before));
    expect(proposal.status).toBe(to);
    expect(events.map((e) => e.type)).toEqual(eventTypes);
    events.forEach((event) => expect(event.proposalId).toBe(before.id));
  });

  it.each(cases.filter((c) => c.legal === null))('$action from $from is an invalid transition', ({ from, action }) => {
    const result = attempt[action](proposalIn(from));
    expect(result).toEqual({ ok: false, error: { code: 'proposal.invalid_transition', details: { from, action } } });
  });

  it.each(PROPOSAL_STATUSES.map((s) => [s] as const))('actionsFrom(%s) agrees with the matrix', (status) => {
    const expected = PROPOSAL_ACTIONS.filter((action) => LEGAL[action][status] !== undefined);
    expect(actionsFrom(status)).toEqual(expected);
    expect(isTerminalStatus(status)).toBe(expected.length === 0);
  });
});
