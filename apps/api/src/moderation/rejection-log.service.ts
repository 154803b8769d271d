import { Injectable } from '@nestjs/common';
import { REJECT_REASON_CODES, toRejectionLogEntry, type RejectionLogEntry } from '@open-proposals/domain';
import type { RejectionLogQuery } from './dto/rejection-log.query';
import type { RejectionLogItem, RejectionLogPage, RejectReason } from './moderation.responses';
import { ModerationReadsRepository } from './moderation-reads.repository';
import { toRejectionView } from './moderation.views';
import { REJECT_REASON_LABELS } from './reject-reason-labels';

/** The domain's log entry decides what is public; this only adds the labels and formats dates. */
const toItem = (entry: RejectionLogEntry): RejectionLogItem => ({
  proposalId: entry.proposalId,
  title: entry.title,
  ...toRejectionView({ code: entry.code, note: entry.note, duplicateOfId: entry.duplicateOfId, rejectedAt: entry.rejectedAt }),
});

/** Rejected proposals leave the listings but stay accountable in a public log (DOMAIN.md). */
@Injectable()
export class RejectionLogService {
  constructor(private readonly reads: ModerationReadsRepository) {}

  async page(query: RejectionLogQuery): Promise<RejectionLogPage> {
    const { proposals, total } = await this.reads.rejections(query.page, query.pageSize, query.code);
    const items = proposals.flatMap((proposal) => {
      const entry = toRejectionLogEntry(proposal);
      return entry === null ? [] : [toItem(entry)];
    });
    return { items, page: query.page, pageSize: query.pageSize, total };
  }

  reasons(): RejectReason[] {
    return REJECT_REASON_CODES.map((code) => ({
      code,
      label: REJECT_REASON_LABELS[code],
      noteRequired: code === 'other',
      duplicateOfRequired: code === 'duplicate',
    }));
  }
}
