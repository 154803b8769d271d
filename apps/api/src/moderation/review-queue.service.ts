import { Injectable } from '@nestjs/common';
import { authorize, reviewClock, type Actor } from '@open-proposals/domain';
import { assertAllowed } from '../common/errors/domain.exception';
import { ModerationReadsRepository } from './moderation-reads.repository';
import type { ReviewBacklog, ReviewQueuePage } from './moderation.responses';
import { toQueuedProposal } from './moderation.views';

/** The moderators' work list and the public counter of what is waiting (DOMAIN.md, review clock). */
@Injectable()
export class ReviewQueueService {
  constructor(private readonly reads: ModerationReadsRepository) {}

  async queue(actor: Actor, page: number, pageSize: number, now = new Date()): Promise<ReviewQueuePage> {
    assertAllowed(authorize(actor, 'proposal.moderate'));
    const { rows, total } = await this.reads.reviewQueue(page, pageSize);
    const items = rows.map(({ proposal, reviewWorkingDays }) => toQueuedProposal(proposal, reviewClock(proposal, { reviewWorkingDays }, now)));
    return { items, page, pageSize, total };
  }

  async backlog(now = new Date()): Promise<ReviewBacklog> {
    const rows = await this.reads.reviewBacklog();
    const overdue = rows.filter(
      ({ submittedAt, reviewWorkingDays }) => reviewClock({ status: 'in_review', submittedAt }, { reviewWorkingDays }, now)?.overdue === true,
    ).length;
    return { inReview: rows.length, overdue, asOf: now.toISOString() };
  }
}
