import { ApiProperty } from '@nestjs/swagger';

class BilingualTextResponse {
  @ApiProperty() 'zh-TW'!: string;
  @ApiProperty() en!: string;
}

/** The downloadable copy of one person's data. */
export class PersonalDataExportResponse {
  @ApiProperty({ example: 'open-proposals.personal-data-export/1' }) format!: string;
  @ApiProperty({ format: 'date-time' }) generatedAt!: string;
  @ApiProperty({ type: BilingualTextResponse }) about!: BilingualTextResponse;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'object' } },
    description:
      'account, roles, verificationCodes (channel, target, times; never the code), sessions (times only), proposals, cosigns, comments, commentReports, follows, notifications, auditLog',
  })
  data!: Record<string, Record<string, unknown>[]>;
}

/** What an erasure did, in counts. */
export class AccountErasureResponse {
  @ApiProperty({ description: 'Co-signs that still count but no longer name anyone' }) cosignsAnonymised!: number;
  @ApiProperty({ description: 'Comments kept, shown as by a deleted account' }) commentsKept!: number;
  @ApiProperty({ description: 'Published proposals kept, without their proposer' }) proposalsKept!: number;
  @ApiProperty({ description: 'Drafts and submissions in review that were withdrawn' }) proposalsWithdrawn!: number;
}
