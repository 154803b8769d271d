import { timeliness } from '@open-proposals/domain';
import type { ProposalRequestRow, RequestRow } from './agency-requests.repository';
import type { AgencyRequestView, ProposalResponseView } from './agency-views';

/** Timeliness is worked out at read time against `now`: "overdue" is a fact about the present. */
export const toRequestView = (row: RequestRow, now: Date): AgencyRequestView => ({
  id: row.id,
  proposalId: row.proposalId,
  proposalTitle: row.proposalTitle,
  agencyId: row.agencyId,
  requestedAt: row.requestedAt.toISOString(),
  dueAt: row.dueAt.toISOString(),
  status: row.status,
  timeliness: timeliness(row, now),
  flaggedOverdue: row.flaggedOverdue,
  extensionCount: row.extensionCount,
});

export const toProposalResponseView = (row: ProposalRequestRow, now: Date): ProposalResponseView => ({
  requestId: row.id,
  agencyId: row.agencyId,
  agency: row.agency === null ? null : { id: row.agencyId, code: row.agency.code, name: { 'zh-TW': row.agency.nameZhTw, en: row.agency.nameEn } },
  dueAt: row.dueAt.toISOString(),
  status: row.status,
  timeliness: timeliness(row, now),
  response: row.points === null || row.answeredAt === null ? null : { points: row.points, submittedAt: row.answeredAt.toISOString() },
  extensions: row.extensions.map((e) => ({
    previousDueAt: e.previousDueAt.toISOString(),
    newDueAt: e.newDueAt.toISOString(),
    reason: e.reason,
    grantedAt: e.createdAt.toISOString(),
  })),
});
