import { Injectable } from '@nestjs/common';
import { reportComment, type Actor } from '@open-proposals/domain';
import { CommentCommands } from './comment-commands';

/** A signed-in person reports a comment; the third distinct reporter hides it until a moderator decides. */
@Injectable()
export class ReportCommentService {
  constructor(private readonly commands: CommentCommands) {}

  async report(actor: Actor, commentId: string, reason: string | undefined): Promise<void> {
    await this.commands.apply(commentId, (comment) => reportComment(comment, { reporterId: actor.id, reason: reason ?? null }, new Date()), {
      onlyOnPublicProposals: true,
    });
  }
}
