import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { authorize, commentAuditEntries, postComment, type Actor, type Comment } from '@open-proposals/domain';
import { ApiException } from '../common/errors/api.exception';
import { assertAllowed, orThrow } from '../common/errors/domain.exception';
import { WriteTransactions } from '../common/persistence/write-transaction';
import { CommentsRepository } from './comments.repository';
import type { PostCommentDto } from './dto/comment-bodies.dto';
import { PublicProposalCheck } from './public-proposal-check.service';

/** An email-verified citizen comments on a public proposal, or replies to a top-level comment. */
@Injectable()
export class PostCommentService {
  constructor(
    private readonly transactions: WriteTransactions,
    private readonly comments: CommentsRepository,
    private readonly publicProposals: PublicProposalCheck,
  ) {}

  post(actor: Actor, proposalId: string, input: PostCommentDto): Promise<Comment> {
    assertAllowed(authorize(actor, 'comment.create'));
    return this.transactions.run(async (tx) => {
      await this.publicProposals.assertPublic(proposalId, tx.manager);
      const parent = input.parentId === undefined ? null : await this.comments.findById(input.parentId, tx.manager);
      // An unknown parent is named by the body, not the path, hence 400 rather than 404.
      if (input.parentId !== undefined && parent === null) throw new ApiException('bad_request');
      const transition = orThrow(
        postComment({ id: randomUUID(), proposalId, author: actor, stance: input.stance, body: input.body, parent }, new Date()),
      );
      await this.comments.insert(transition.comment, tx.manager);
      await tx.audit(commentAuditEntries(null, transition));
      await tx.publish('comment', transition.comment.id, transition.events);
      return transition.comment;
    });
  }
}
