import type { Commitment, OgpAssessment } from '@open-proposals/domain';
import type { LinkedProposalRow } from './commitment-reads.repository';
import type { AssessmentResponse, CommitmentResponse } from './commitment.response';

/** Who assessed is kept in the audit trail; the public page shows what was assessed and when. */
const toAssessmentResponse = (a: OgpAssessment | null): AssessmentResponse | null =>
  a === null
    ? null
    : { completion: a.completion, potentialResults: a.potentialResults, didItOpenGovernment: a.didItOpenGovernment, verifiable: a.verifiable, note: a.note, assessedAt: a.assessedAt };

export const toCommitmentResponse = (c: Commitment, sourceProposal: LinkedProposalRow | null, mergedProposals: LinkedProposalRow[]): CommitmentResponse => ({
  id: c.id,
  planCode: c.planCode,
  code: c.code,
  areaCode: c.areaCode,
  title: { ...c.title },
  description: { ...c.description },
  origin: c.origin,
  sourceProposal,
  mergedProposals,
  responsibleAgencyIds: [...c.responsibleAgencyIds],
  milestones: c.milestones.map((m) => ({ id: m.id, title: { ...m.title }, dueOn: m.dueOn, status: m.status, evidenceUrl: m.evidenceUrl })),
  progress: c.progress.map((p) => ({ id: p.id, quarter: p.quarter, text: { ...p.text }, completion: p.completion, reportedAt: p.reportedAt })),
  selfAssessment: toAssessmentResponse(c.selfAssessment),
  irmAssessment: toAssessmentResponse(c.irmAssessment),
  tracking: c.tracking,
  trackingClosedAt: c.trackingClosedAt?.toISOString() ?? null,
  trackingClosedReason: c.trackingClosedReason,
});
