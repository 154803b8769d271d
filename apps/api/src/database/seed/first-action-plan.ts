import type { ActionPlan } from '@open-proposals/domain';

/**
 * Taiwan's first Open Government National Action Plan (開放政府國家行動方案), 2021-01 to 2024-05,
 * as the National Development Council's progress report describes it: five areas (範疇), and where
 * its 19 commitments came from. The report gives only the totals (政府提案 12 項、民眾提案 6 項、
 * 推動小組民間委員提案 1 項), not which commitment is which, so each commitment's origin is `unknown`
 * and the breakdown lives here, on the plan. The commitments are in first-plan-commitments.ts.
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
  originSummary: {
    counts: { government: 12, citizen_proposal: 6, civil_member: 1 },
    source: {
      'zh-TW': '國家發展委員會〈臺灣開放政府國家行動方案推動進展〉：「最終計有政府提案 12 項、民眾提案 6 項、推動小組民間委員提案 1 項，合計 19 項」。',
      en: 'National Development Council, "Progress of Taiwan’s Open Government National Action Plan": "12 proposed by the government, 6 by the public and 1 by a civil member of the task force, 19 in all".',
    },
  },
};
