import { Injectable } from '@nestjs/common';
import { CommentReadsRepository } from './comment-reads.repository';
import type { CommentThreadPageResponse } from './comment.response';
import { PublicProposalCheck } from './public-proposal-check.service';

/** The public discussion of a public proposal. */
@Injectable()
export class ListCommentsService {
  constructor(
    private readonly reads: CommentReadsRepository,
    private readonly publicProposals: PublicProposalCheck,
  ) {}

  async list(proposalId: string, page: number, pageSize: number): Promise<CommentThreadPageResponse> {
    await this.publicProposals.assertPublic(proposalId);
    return this.reads.threads(proposalId, page, pageSize);
  }
}
