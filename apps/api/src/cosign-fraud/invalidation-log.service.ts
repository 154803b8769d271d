import { Injectable } from '@nestjs/common';
import { ApiException } from '../common/errors/api.exception';
import type { PublicInvalidationPage } from './cosign-fraud.responses';
import { CosignInvalidationsRepository } from './cosign-invalidations.repository';

/** The public, anonymised log of bulk invalidations (DOMAIN.md: count, reason, date). */
@Injectable()
export class InvalidationLogService {
  constructor(private readonly invalidations: CosignInvalidationsRepository) {}

  async ofProposal(proposalId: string, page: number, pageSize: number): Promise<PublicInvalidationPage> {
    if ((await this.invalidations.figures(proposalId)) === null) throw new ApiException('not_found');
    return this.page(proposalId, page, pageSize);
  }

  all(page: number, pageSize: number): Promise<PublicInvalidationPage> {
    return this.page(null, page, pageSize);
  }

  private async page(proposalId: string | null, page: number, pageSize: number): Promise<PublicInvalidationPage> {
    const { items, total } = await this.invalidations.publicLog(proposalId, page, pageSize);
    return { items: items.map((item) => ({ ...item, invalidatedAt: item.invalidatedAt.toISOString() })), page, pageSize, total };
  }
}
