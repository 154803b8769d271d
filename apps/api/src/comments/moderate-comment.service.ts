import { Injectable } from '@nestjs/common';
import { authorize, hideComment, restoreComment, type Actor, type Comment } from '@open-proposals/domain';
import { assertAllowed } from '../common/errors/domain.exception';
import { CommentCommands } from './comment-commands';

/** A moderator hides a comment or restores it, always with a reason; the decision settles pending reports. */
@Injectable()
export class ModerateCommentService {
  constructor(private readonly commands: CommentCommands) {}

  hide(actor: Actor, commentId: string, reason: string): Promise<Comment> {
    assertAllowed(authorize(actor, 'comment.moderate'));
    return this.commands.apply(commentId, (comment) => hideComment(comment, { moderatorId: actor.id, reason }, new Date()), {
      onlyOnPublicProposals: false,
    });
  }

  restore(actor: Actor, commentId: string, reason: string): Promise<Comment> {
    assertAllowed(authorize(actor, 'comment.moderate'));
    return this.commands.apply(commentId, (comment) => restoreComment(comment, { moderatorId: actor.id, reason }, new Date()), {
      onlyOnPublicProposals: false,
    });
  }
}
