import { Injectable } from '@nestjs/common';
import { commentAuditEntries, type Comment, type CommentResult } from '@open-proposals/domain';
import { ApiException } from '../common/errors/api.exception';
import { orThrow } from '../common/errors/domain.exception';
import { WriteTransactions } from '../common/persistence/write-transaction';
import { CommentsRepository } from './comments.repository';
import { PublicProposalCheck } from './public-proposal-check.service';

/** A domain transition of one comment. */
export type CommentChange = (comment: Comment) => CommentResult;

/**
 * The one way an existing comment changes: load it (locked), let the domain decide, then save
 * the new state, its audit lines and its events in one transaction. Edits, reports and
 * moderator decisions all go through here.
 */
@Injectable()
export class CommentCommands {
  constructor(
    private readonly transactions: WriteTransactions,
    private readonly comments: CommentsRepository,
    private readonly publicProposals: PublicProposalCheck,
  ) {}

  /** `onlyOnPublicProposals`: citizens act only where the proposal is public; moderators act anywhere. */
  apply(id: string, change: CommentChange, { onlyOnPublicProposals }: { onlyOnPublicProposals: boolean }): Promise<Comment> {
    return this.transactions.run(async (tx) => {
      const before = await this.comments.findForUpdate(id, tx.manager);
      if (before === null) throw new ApiException('not_found');
      if (onlyOnPublicProposals) await this.publicProposals.assertPublic(before.proposalId, tx.manager);
      const transition = orThrow(change(before));
      // A repeated report or an unchanged edit is a no-op: nothing to save, audit or announce.
      if (transition.events.length === 0) return before;
      await this.comments.update(before, transition.comment, tx.manager);
      await tx.audit(commentAuditEntries(before, transition));
      await tx.publish('comment', id, transition.events);
      return transition.comment;
    });
  }
}
