import { Injectable } from '@nestjs/common';
import { ApiException } from '../common/errors/api.exception';
import { DataExportRepository } from './data-export.repository';

export const DATA_EXPORT_FORMAT = 'open-proposals.personal-data-export/1';

/** The document a person downloads: what we hold about them (個人資料保護法 art. 3 and 10: the right to a copy). */
export interface PersonalDataExport {
  readonly format: typeof DATA_EXPORT_FORMAT;
  readonly generatedAt: string;
  readonly about: { readonly 'zh-TW': string; readonly en: string };
  readonly data: Readonly<Record<string, readonly Record<string, unknown>[]>>;
}

const ABOUT = {
  'zh-TW': '這是開放提案平臺保存的您的個人資料副本。密碼與驗證碼只以雜湊保存，因此不在其中；登入工作階段只列出時間。',
  en: 'A copy of the personal data Open Proposals holds about you. Passwords and codes are stored only as hashes, so they are not included; sign-in sessions are listed by their times only.',
} as const;

const camel = (key: string): string => key.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** snake_case columns become the camelCase keys the rest of the API answers with; dates become ISO strings (JSON.stringify does that). */
const toItem = (row: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(row).map(([key, value]) => [camel(key), value]));

@Injectable()
export class ExportMyDataService {
  constructor(private readonly exports: DataExportRepository) {}

  async export(userId: string, currentSessionId: string | null, now = new Date()): Promise<PersonalDataExport> {
    const parts = await this.exports.read(userId, currentSessionId);
    if (parts === null) throw new ApiException('unauthenticated');
    const data = Object.fromEntries(Object.entries(parts).map(([name, rows]) => [name, rows.map(toItem)]));
    return { format: DATA_EXPORT_FORMAT, generatedAt: now.toISOString(), about: ABOUT, data };
  }
}
