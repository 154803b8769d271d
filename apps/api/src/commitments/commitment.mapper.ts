import {
  isOneOf,
  isQuarter,
  COMMITMENT_ORIGINS,
  COMMITMENT_TRACKING,
  MILESTONE_STATUSES,
  OGP_COMPLETIONS,
  OGP_OPEN_GOVERNMENT,
  OGP_POTENTIAL_RESULTS,
  OGP_VERIFIABLE,
  type Commitment,
  type Milestone,
  type OgpAssessment,
  type ProgressUpdate,
} from '@open-proposals/domain';
import type { AssessmentColumn, CommitmentOrmEntity } from './commitment.orm-entity';
import type { CommitmentMilestoneOrmEntity } from './commitment-milestone.orm-entity';
import type { CommitmentProgressUpdateOrmEntity } from './commitment-progress-update.orm-entity';

/** The database's CHECK constraints keep these true; a violation means the schema and the domain drifted. */
const checked = <T extends string>(values: readonly T[], value: string, what: string): T => {
  if (!isOneOf(values, value)) throw new Error(`unexpected ${what} in the database: ${value}`);
  return value;
};

const toAssessment = (column: AssessmentColumn | null): OgpAssessment | null =>
  column === null
    ? null
    : {
        completion: checked(OGP_COMPLETIONS, column.completion, 'completion'),
        potentialResults: checked(OGP_POTENTIAL_RESULTS, column.potentialResults, 'potential results'),
        didItOpenGovernment: checked(OGP_OPEN_GOVERNMENT, column.didItOpenGovernment, 'open government'),
        verifiable: checked(OGP_VERIFIABLE, column.verifiable, 'verifiable'),
        note: column.note,
        assessedBy: column.assessedBy,
        assessedAt: new Date(column.assessedAt),
      };

export const toAssessmentColumn = (assessment: OgpAssessment): AssessmentColumn => ({
  ...assessment,
  assessedAt: assessment.assessedAt.toISOString(),
});

export const toDomainMilestone = (row: CommitmentMilestoneOrmEntity): Milestone => ({
  id: row.id,
  title: { 'zh-TW': row.titleZhTw, en: row.titleEn },
  dueOn: row.dueOn,
  status: checked(MILESTONE_STATUSES, row.status, 'milestone status'),
  evidenceUrl: row.evidenceUrl,
});

export const toDomainProgress = (row: CommitmentProgressUpdateOrmEntity): ProgressUpdate => {
  if (!isQuarter(row.quarter)) throw new Error(`unexpected quarter in the database: ${row.quarter}`);
  return {
    id: row.id,
    quarter: row.quarter,
    text: { 'zh-TW': row.textZhTw, en: row.textEn },
    completion: checked(OGP_COMPLETIONS, row.completion, 'completion'),
    reportedBy: row.reportedBy,
    reportedAt: row.reportedAt,
  };
};

export const toDomainCommitment = (
  row: CommitmentOrmEntity,
  planCode: string,
  milestones: readonly CommitmentMilestoneOrmEntity[],
  progress: readonly CommitmentProgressUpdateOrmEntity[],
): Commitment => ({
  id: row.id,
  planCode,
  code: row.code,
  areaCode: row.areaCode,
  title: { 'zh-TW': row.titleZhTw, en: row.titleEn },
  description: { 'zh-TW': row.descriptionZhTw, en: row.descriptionEn },
  origin: checked(COMMITMENT_ORIGINS, row.origin, 'origin'),
  sourceProposalId: row.sourceProposalId,
  responsibleAgencyIds: row.responsibleAgencyIds,
  milestones: milestones.map(toDomainMilestone),
  progress: progress.map(toDomainProgress),
  selfAssessment: toAssessment(row.selfAssessment),
  irmAssessment: toAssessment(row.irmAssessment),
  tracking: checked(COMMITMENT_TRACKING, row.tracking, 'tracking'),
  trackingClosedAt: row.trackingClosedAt,
  trackingClosedReason: row.trackingClosedReason,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});
