import type { ActionPlan } from '@open-proposals/domain';

/**
 * Taiwan's first Open Government National Action Plan (開放政府國家行動方案), 2021-01 to 2024-05,
 * as the National Development Council's progress report describes it: five areas (範疇).
 * Its 19 commitments are seeded by the open-data work that follows.
 */
export const FIRST_ACTION_PLAN: ActionPlan = {
  code: 'nap-1',
  title: { 'zh-TW': '臺灣第一期開放政府國家行動方案', en: "Taiwan's First Open Government National Action Plan" },
  periodStart: '2021-01',
  periodEnd: '2024-05',
  areas: [
    { code: 'open-data', title: { 'zh-TW': '推動資料開放與資訊公開', en: 'Open data and information disclosure' } },
    { code: 'public-participation', title: { 'zh-TW': '擴大公共參與機制', en: 'Expanding public participation' } },
    { code: 'inclusion', title: { 'zh-TW': '增加性別及族群包容性對話', en: 'More inclusive dialogue on gender and ethnicity' } },
    { code: 'integrity', title: { 'zh-TW': '落實清廉施政', en: 'Integrity in government' } },
    { code: 'anti-money-laundering', title: { 'zh-TW': '執行洗錢防制', en: 'Anti-money laundering' } },
  ],
};
