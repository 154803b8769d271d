import { PublicReadCache } from '../common/http/public-read.cache';
import { Module } from '@nestjs/common';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module';
import { ProposalsModule } from '../proposals/proposals.module';
import { CountBroadcaster } from './cosign-count.broadcaster';
import { CosignCounter } from './cosign-counter.repository';
import { CosignCountFlushRepository } from './cosign-count-flush.repository';
import { CosignCountFlusher } from './cosign-count.flusher';
import { CosignRulesCache } from './cosign-rules.cache';
import { FlushCosignCountService } from './flush-cosign-count.service';
import { CosignReadsRepository } from './cosign-reads.repository';
import { CosignReadsService } from './cosign-reads.service';
import { CosignsController } from './cosigns.controller';
import { CosignsRepository } from './cosigns.repository';
import { CreateCosignService } from './create-cosign.service';
import { ProposalCosigningRepository } from './proposal-cosigning.repository';
import { CosignFingerprinter } from '../cosign-fraud/cosign-fingerprinter';
import { CosignProposalLoader } from './cosign-proposal.loader';
import { CosignWriteBatcher } from './cosign-write.batcher';

@Module({
  imports: [ProposalsModule, RateLimitModule],
  controllers: [CosignsController],
  providers: [CreateCosignService, CosignReadsService, PublicReadCache, CosignsRepository, CosignReadsRepository, CosignCounter, ProposalCosigningRepository, CountBroadcaster, CosignCountFlushRepository, FlushCosignCountService, CosignCountFlusher, CosignRulesCache, CosignFingerprinter, CosignWriteBatcher, CosignProposalLoader],
  exports: [CreateCosignService, FlushCosignCountService, CosignCountFlushRepository],
})
export class CosignsModule {}
