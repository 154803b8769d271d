import { actionPlanPhase, originSummaryTotal, validateActionPlan, type ActionPlan } from './action-plan';

const firstPlan: ActionPlan = {
  code: 'nap-1',
  title: { 'zh-TW': '第一期開放政府國家行動方案', en: 'First Open Government National Action Plan' },
  periodStart: '2021-01',
  periodEnd: '2024-05',
  areas: [
    { code: 'open-data', title: { 'zh-TW': '推動資料開放與資訊公開', en: 'Open data and information disclosure' } },
    { code: 'participation', title: { 'zh-TW': '擴大公共參與機制', en: 'Public participation' } },
  ],
};

describe('actionPlanPhase', () => {
  it.each([
    ['2020-12-31T15:59:59Z', 'upcoming'], // 23:59 on 31 Dec in Taipei
    ['2020-12-31T16:00:00Z', 'in_progress'], // midnight on 1 Jan in Taipei
    ['2022-06-15T00:00:00Z', 'in_progress'],
    ['2024-05-31T15:59:59Z', 'in_progress'], // the last month is part of the plan
    ['2024-05-31T16:00:00Z', 'ended'],
  ] as const)('at %s the first plan is %s', (iso, phase) => {
    expect(actionPlanPhase(firstPlan, new Date(iso))).toBe(phase);
  });
});

describe('validateActionPlan', () => {
  it('accepts the first plan', () => {
    expect(validateActionPlan(firstPlan)).toBeNull();
  });

  it('accepts an origin summary of whole, non-negative counts with a source', () => {
    const originSummary = { counts: { government: 12, citizen_proposal: 6, civil_member: 1 }, source: { 'zh-TW': '國發會', en: 'NDC' } };
    expect(validateActionPlan({ ...firstPlan, originSummary })).toBeNull();
    expect(originSummaryTotal(originSummary)).toBe(19);
  });

  it.each([
    ['period_malformed', { periodStart: '2021-13' }],
    ['period_malformed', { periodEnd: '24-05' }],
    ['period_reversed', { periodStart: '2024-06' }],
    ['no_areas', { areas: [] }],
    ['duplicate_area', { areas: [firstPlan.areas[0], firstPlan.areas[0]] }],
    ['origin_summary_malformed', { originSummary: { counts: { government: -1, citizen_proposal: 6, civil_member: 1 }, source: { 'zh-TW': '來源', en: 'Source' } } }],
    ['origin_summary_malformed', { originSummary: { counts: { government: 1.5, citizen_proposal: 6, civil_member: 1 }, source: { 'zh-TW': '來源', en: 'Source' } } }],
    ['origin_summary_malformed', { originSummary: { counts: { government: 12, citizen_proposal: 6, civil_member: 1 }, source: { 'zh-TW': ' ', en: 'Source' } } }],
  ] as const)('answers %s for %j', (problem, change) => {
    expect(validateActionPlan({ ...firstPlan, ...change })).toBe(problem);
  });
});
