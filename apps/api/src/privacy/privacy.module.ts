import { Module } from '@nestjs/common';
import { ProposalsModule } from '../proposals/proposals.module';
import { AccountErasureRepository } from './account-erasure.repository';
import { DataExportRepository } from './data-export.repository';
import { DeleteAccountService } from './delete-account.service';
import { ExportMyDataService } from './export-my-data.service';
import { MyDataController } from './my-data.controller';

/** Issue 8, privacy: download my data and delete my account (the API side). */
@Module({
  imports: [ProposalsModule],
  controllers: [MyDataController],
  providers: [DataExportRepository, ExportMyDataService, AccountErasureRepository, DeleteAccountService],
})
export class PrivacyModule {}
