import type { PlatformStats } from '../api/stats-api';

/** A realistic GET /api/v1/stats answer; override what a test is about. */
export const someStats = (overrides: Partial<PlatformStats> = {}): PlatformStats => ({
  generatedAt: '2026-03-10T04:00:00.000Z',
  proposalsByStage: [
    { stage: 'open', count: 1234 },
    { stage: 'threshold_reached', count: 12 },
    { stage: 'adopted', count: 6 },
    { stage: 'expired', count: 310 },
  ],
  proposalsByArea: [
    { areaCode: 'open-data', title: { 'zh-TW': '推動資料開放與資訊公開', en: 'Open data and information disclosure' }, count: 420 },
    { areaCode: 'participation', title: { 'zh-TW': '擴大公共參與機制', en: 'Public participation' }, count: 380 },
  ],
  thresholdReach: { published: 1562, reached: 18, share: 0.0115 },
  medianDaysPerStage: [
    { stage: 'review', medianDays: 3.5, samples: 1600 },
    { stage: 'cosigning', medianDays: 21, samples: 18 },
    { stage: 'taskforce', medianDays: 45.25, samples: 9 },
    { stage: 'agency_response', medianDays: null, samples: 0 },
  ],
  leadingCosignCurves: [
    {
      proposalId: '0b6f6a9e-2f1c-4c1e-9d55-1f2a3b4c5d6e',
      title: '公開各部會預算資料',
      threshold: 5000,
      points: [
        { day: '2026-03-01', cumulative: 1200 },
        { day: '2026-03-02', cumulative: 3400 },
        { day: '2026-03-03', cumulative: 5600 },
      ],
    },
    {
      proposalId: '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
      title: '開放公車即時動態',
      threshold: 5000,
      points: [
        { day: '2026-03-02', cumulative: 800 },
        { day: '2026-03-03', cumulative: 1500 },
      ],
    },
  ],
  agencyOnTime: [
    { agencyId: 'a1', code: 'ndc', name: { 'zh-TW': '國家發展委員會', en: 'National Development Council' }, due: 8, onTime: 7, late: 1, onTimeRate: 0.875, medianDaysToRespond: 41.5 },
    { agencyId: 'a2', code: 'moda', name: { 'zh-TW': '數位發展部', en: 'Ministry of Digital Affairs' }, due: 0, onTime: 0, late: 0, onTimeRate: null, medianDaysToRespond: null },
  ],
  commitmentCompletionByArea: [
    {
      areaCode: 'open-data',
      title: { 'zh-TW': '推動資料開放與資訊公開', en: 'Open data and information disclosure' },
      total: 5,
      byCompletion: { no_evidence: 0, not_started: 1, limited: 1, substantial: 2, complete: 1, unassessed: 0 },
    },
  ],
  ...overrides,
});
