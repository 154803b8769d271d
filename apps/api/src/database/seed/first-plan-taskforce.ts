import type { TaskforceStructure } from '@open-proposals/domain';

const SOURCE = {
  'zh-TW': '國家發展委員會〈臺灣開放政府國家行動方案推動進展〉，叁、一「行政院開放政府國家行動方案推動小組」及肆、一。',
  en: 'National Development Council, "Progress of Taiwan’s Open Government National Action Plan", sections III.1 (the Executive Yuan task force) and IV.1.',
} as const;

/**
 * The Executive Yuan's task force for the action plan (行政院開放政府國家行動方案推動小組), as the
 * progress report describes it: set up in August 2020, meeting once a quarter, convened by Audrey Tang
 * with two co-conveners, members half government and half civil society. It names no members beyond
 * the three conveners' seats (a press-photo caption lists some 委員 without their side, so they are
 * left out rather than guessed), and gives no number for the government half.
 */
export const FIRST_TASKFORCE: TaskforceStructure = {
  name: { 'zh-TW': '行政院開放政府國家行動方案推動小組', en: 'Executive Yuan Task Force on the Open Government National Action Plan' },
  establishedIn: '2020-08',
  meetingFrequency: 'quarterly',
  composition: {
    'zh-TW': '成員組成公私各半：政府機關委員由承諾事項權責機關副首長擔任，民間委員由關切開放政府議題的公民社群推薦。',
    en: 'Half of the members come from government and half from civil society: government members are deputy heads of the agencies responsible for commitments, and civil members are recommended by civic communities concerned with open government.',
  },
  source: SOURCE,
  seats: [
    {
      code: 'convener',
      role: 'convener',
      side: 'government',
      holder: { 'zh-TW': '唐鳳', en: 'Audrey Tang' },
      title: { 'zh-TW': '行政院政務委員', en: 'Minister without Portfolio, Executive Yuan' },
      seatCount: 1,
      note: { 'zh-TW': '', en: '' },
    },
    {
      code: 'co-convener-ndc',
      role: 'co_convener',
      side: 'government',
      holder: { 'zh-TW': '龔明鑫', en: 'Kung Ming-hsin' },
      title: { 'zh-TW': '國家發展委員會主任委員', en: 'Minister, National Development Council' },
      seatCount: 1,
      note: { 'zh-TW': '', en: '' },
    },
    {
      code: 'co-convener-civil',
      role: 'co_convener',
      side: 'civil',
      holder: { 'zh-TW': '彭啟明', en: 'Peng Chi-ming' },
      title: { 'zh-TW': '天氣風險管理開發股份有限公司總經理', en: 'General Manager, WeatherRisk Explore Inc.' },
      seatCount: 1,
      note: { 'zh-TW': '', en: '' },
    },
    {
      code: 'government-members',
      role: 'member',
      side: 'government',
      holder: null,
      title: { 'zh-TW': '承諾事項權責機關副首長', en: 'Deputy heads of the agencies responsible for commitments' },
      seatCount: null,
      note: { 'zh-TW': '人數未載明；與民間委員公私各半。', en: 'Number not stated; half of the task force, matching the civil members.' },
    },
    {
      code: 'civil-members',
      role: 'member',
      side: 'civil',
      holder: null,
      title: { 'zh-TW': '民間委員', en: 'Civil society members' },
      seatCount: 12,
      note: {
        'zh-TW': '透過關切開放政府議題的公民社群推薦，遴選 12 名來自環保、青年、客家及原住民族等各領域的專家代表。',
        en: 'Twelve experts from fields such as the environment, youth, Hakka and Indigenous Peoples, selected on the recommendation of civic communities concerned with open government.',
      },
    },
  ],
};
