import {
  createCosign,
  createProposalDraft,
  decideProposal,
  expireProposal,
  markProposalDuplicate,
  proposalAuditEntries,
  publishProposal,
  recordCosign,
  rejectProposal,
  routeProposal,
  submitProposal,
  type AuditEntry,
  type Cosign,
  type ParticipationRules,
  type Proposal,
  type ProposalResult,
} from '@open-proposals/domain';
import type { DemoProposal } from './demo-data';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Ids the story needs that only the database knows. */
export interface DemoCast {
  readonly citizenIds: readonly string[];
  readonly staffId: string;
  readonly cycleId: string;
  readonly rules: ParticipationRules;
  readonly areaCodes: readonly string[];
  readonly agencyIds: readonly string[];
  /** Proposals already told, by key (a duplicate points at its original). */
  readonly proposalIds: ReadonlyMap<string, string>;
  /** The seeded commitment a merged demo proposal joins. */
  readonly mergeTargetCommitmentId: string;
}

/** A demo proposal's whole history, as the domain would have produced it, backdated. */
export interface DemoHistory {
  readonly proposal: Proposal;
  readonly audit: readonly AuditEntry[];
  readonly cosigns: readonly Omit<Cosign, 'id'>[];
}

/**
 * Walks one demo proposal from draft to its outcome through the domain's own transitions, at past
 * times, so its state, co-sign count and public timeline are exactly what real use would leave.
 * Any refusal from the domain is a bug in the demo data and stops the seed.
 */
export const tellDemoStory = (id: string, story: DemoProposal, cast: DemoCast, now: Date): DemoHistory => {
  const audit: AuditEntry[] = [];
  const cosigns: Omit<Cosign, 'id'>[] = [];
  let current: Proposal | null = null;
  const apply = (result: ProposalResult): Proposal => {
    if (!result.ok) throw new Error(`demo proposal ${story.key}: ${result.error.code}`);
    audit.push(...proposalAuditEntries(current, result.value));
    current = result.value.proposal;
    return current;
  };
  const { rules, staffId: moderatorId } = cast;
  const proposerId = cast.citizenIds[story.proposer] ?? '';
  const start = new Date(now.getTime() - story.startedDaysAgo * DAY);
  const at = (offset: number): Date => new Date(start.getTime() + offset);
  const content = {
    title: story.title,
    background: story.background,
    proposal: story.proposal,
    expectedBenefits: story.expectedBenefits,
    areaCode: story.areaCode,
    suggestedAgencyIds: cast.agencyIds,
    links: [],
  };

  let p = apply(createProposalDraft({ id, cycleId: cast.cycleId, proposerId, content, knownAreaCodes: cast.areaCodes }, start));
  p = apply(submitProposal(p, { proposer: { id: proposerId, verificationTier: 'phone' }, knownAreaCodes: cast.areaCodes }, rules, at(HOUR)));
  // Three stories end at moderation, before publication.
  if (story.outcome === 'in_review') return { proposal: p, audit, cosigns };
  if (story.outcome === 'rejected') {
    p = apply(rejectProposal(p, { moderatorId, code: 'commercial', note: story.rationale ?? null }, at(DAY)));
    return { proposal: p, audit, cosigns };
  }
  if (story.outcome === 'duplicate') {
    p = apply(markProposalDuplicate(p, { moderatorId, duplicateOfId: cast.proposalIds.get(story.duplicateOf ?? '') ?? '' }, at(DAY)));
    return { proposal: p, audit, cosigns };
  }
  p = apply(publishProposal(p, { moderatorId }, rules, at(DAY)));
  // Co-signed by the other demo citizens (never the proposer), six hours apart.
  for (let i = 1; i <= story.cosigns; i += 1) {
    const when = at(DAY + i * 6 * HOUR);
    const cosignerId = cast.citizenIds[(story.proposer + i) % cast.citizenIds.length] ?? '';
    const cosign = createCosign({ id: '', proposal: p, person: { id: cosignerId, verificationTier: 'phone' } }, rules, when);
    if (!cosign.ok) throw new Error(`demo co-sign on ${story.key}: ${cosign.error.code}`);
    const { id: _unsaved, ...row } = cosign.value;
    cosigns.push(row);
    p = apply(recordCosign(p, { newCount: p.cosignCount + 1 }, rules, when));
  }
  if (story.outcome === 'open' || story.outcome === 'threshold_reached') return { proposal: p, audit, cosigns };
  if (story.outcome === 'expired') {
    const deadline = p.cosignDeadline ?? now;
    p = apply(expireProposal(p, rules, new Date(deadline.getTime() + HOUR)));
    return { proposal: p, audit, cosigns };
  }
  const reached = p.thresholdReachedAt ?? now;
  p = apply(routeProposal(p, { actorId: null }, rules, new Date(reached.getTime() + HOUR)));
  if (story.outcome === 'routed') return { proposal: p, audit, cosigns };
  const decidedAt = new Date(reached.getTime() + 7 * DAY);
  const rationale = story.rationale ?? '';
  const decision =
    story.outcome === 'adopted'
      ? ({ outcome: 'adopt', rationale } as const)
      : story.outcome === 'merged'
        ? ({ outcome: 'merge', targetCommitmentId: cast.mergeTargetCommitmentId, rationale } as const)
        : story.outcome === 'referred'
          ? ({ outcome: 'refer', rationale } as const)
          : ({ outcome: 'decline', rationale } as const);
  p = apply(decideProposal(p, { deciderId: moderatorId, decision }, decidedAt));
  return { proposal: p, audit, cosigns };
};
