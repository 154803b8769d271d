import { Injectable } from '@nestjs/common';
import { editComment, type Actor, type Comment } from '@open-proposals/domain';
import { CommentCommands } from './comment-commands';

/** The author corrects a comment within 15 minutes of posting it. */
@Injectable()
export class EditCommentService {
  constructor(private readonly commands: CommentCommands) {}

  edit(actor: Actor, commentId: string, body: string): Promise<Comment> {
    return this.commands.apply(commentId, (comment) => editComment(comment, { editorId: actor.id, body }, new Date()), {
      onlyOnPublicProposals: true,
    });
  }
}
