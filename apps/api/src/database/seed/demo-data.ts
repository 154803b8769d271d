/**
 * Development-only demo data: made-up people and proposals, every one marked as such (示範 / Demo in
 * names, 【示範】 before titles, e-mails on the reserved .invalid domain, is_demo in the database).
 * Nothing here is real participation, and none of it is ever written outside NODE_ENV=development.
 */

export const DEMO_EMAIL_DOMAIN = 'demo.open-proposals.invalid';

export interface DemoPerson {
  readonly key: string;
  readonly displayName: string;
  /** Not a dialable number: Taiwan's national numbers never start with 0 after +886. */
  readonly phone: string;
}

export const DEMO_CITIZENS: readonly DemoPerson[] = [
  { key: 'citizen-1', displayName: '示範市民 甲（Demo citizen A）', phone: '+886000000001' },
  { key: 'citizen-2', displayName: '示範市民 乙（Demo citizen B）', phone: '+886000000002' },
  { key: 'citizen-3', displayName: '示範市民 丙（Demo citizen C）', phone: '+886000000003' },
  { key: 'citizen-4', displayName: '示範市民 丁（Demo citizen D）', phone: '+886000000004' },
  { key: 'citizen-5', displayName: '示範市民 戊（Demo citizen E）', phone: '+886000000005' },
];

/** Acts for the moderators and the task force in the demo proposals' histories. */
export const DEMO_STAFF: DemoPerson = { key: 'staff', displayName: '示範審核與推動小組（Demo moderator and task force）', phone: '+886000000009' };

export const DEMO_TITLE_PREFIX = '【示範】';

/** The cycle the demo proposals belong to: a threshold of 3, so a handful of demo co-signs can reach it honestly. */
export const DEMO_CYCLE = {
  code: 'demo',
  titleZhTw: '【示範】示範提議週期',
  titleEn: '[Demo] Demo participation cycle',
  threshold: 3,
  cosignWindowDays: 60,
  reviewWorkingDays: 5,
  agencyResponseDays: 60,
  cosignsAccumulateAfterThreshold: true,
  blackoutPeriods: [],
  isCurrent: false,
};

/** Where each demo proposal ends up; the seed walks it there through the domain's own transitions. */
export type DemoOutcome =
  | 'in_review'
  | 'open'
  | 'threshold_reached'
  | 'routed'
  | 'adopted'
  | 'merged'
  | 'referred'
  | 'declined'
  | 'expired'
  | 'duplicate'
  | 'rejected';

export interface DemoProposal {
  readonly key: string;
  readonly outcome: DemoOutcome;
  /** Index into DEMO_CITIZENS. */
  readonly proposer: number;
  /** How many other demo citizens co-sign it (the threshold is 3). */
  readonly cosigns: number;
  /** How long ago the story starts. */
  readonly startedDaysAgo: number;
  readonly areaCode: string;
  readonly title: string;
  readonly background: string;
  readonly proposal: string;
  readonly expectedBenefits: string;
  /** For duplicate: the key of the original. */
  readonly duplicateOf?: string;
  readonly rationale?: string;
}

const demo = (title: string): string => `${DEMO_TITLE_PREFIX}${title}`;

export const DEMO_PROPOSALS: readonly DemoProposal[] = [
  {
    key: 'budget-data',
    outcome: 'open',
    proposer: 0,
    cosigns: 2,
    startedDaysAgo: 10,
    areaCode: 'open-data',
    title: demo('以開放格式集中公開各部會預算資料'),
    background: '（示範資料）各部會預算資料分散在不同網站，格式也不一致，難以比較。',
    proposal: '（示範資料）以開放格式集中公開預算資料，並提供視覺化圖表。',
    expectedBenefits: '（示範資料）民眾與媒體更容易監督政府支出。',
  },
  {
    key: 'meeting-streams',
    outcome: 'open',
    proposer: 1,
    cosigns: 1,
    startedDaysAgo: 5,
    areaCode: 'public-participation',
    title: demo('地方政府公聽會全程直播並保存影音紀錄'),
    background: '（示範資料）許多公聽會只在平日白天舉行，上班族難以參加。',
    proposal: '（示範資料）公聽會全程網路直播，影音紀錄保存並公開至少五年。',
    expectedBenefits: '（示範資料）無法到場的民眾也能了解討論內容並提出意見。',
  },
  {
    key: 'sign-language',
    outcome: 'threshold_reached',
    proposer: 2,
    cosigns: 4,
    startedDaysAgo: 20,
    areaCode: 'inclusion',
    title: demo('政府記者會全面提供手語翻譯與即時字幕'),
    background: '（示範資料）部分記者會未提供手語翻譯或字幕，聽障者難以即時取得資訊。',
    proposal: '（示範資料）所有中央政府記者會提供手語翻譯與即時字幕。',
    expectedBenefits: '（示範資料）聽障者能與其他人同時取得重要公共資訊。',
  },
  {
    key: 'procurement-alerts',
    outcome: 'routed',
    proposer: 3,
    cosigns: 3,
    startedDaysAgo: 30,
    areaCode: 'integrity',
    title: demo('政府採購決標資訊提供訂閱通知'),
    background: '（示範資料）民眾須自行反覆查詢採購網站，才能得知決標結果。',
    proposal: '（示範資料）提供依機關或關鍵字訂閱決標資訊的電子郵件與 RSS 通知。',
    expectedBenefits: '（示範資料）公民團體與媒體能即時追蹤採購案，促進廉能。',
  },
  {
    key: 'air-sensors',
    outcome: 'adopted',
    proposer: 4,
    cosigns: 3,
    startedDaysAgo: 50,
    areaCode: 'open-data',
    title: demo('開放校園空氣品質感測資料'),
    background: '（示範資料）校園空品感測器資料未對外開放。',
    proposal: '（示範資料）以開放授權即時公開校園空品感測資料與 API。',
    expectedBenefits: '（示範資料）家長與研究者能掌握學童所處環境的空氣品質。',
    rationale: '（示範資料）推動小組決議採納，列為承諾事項。',
  },
  {
    key: 'youth-forum',
    outcome: 'merged',
    proposer: 0,
    cosigns: 3,
    startedDaysAgo: 55,
    areaCode: 'public-participation',
    title: demo('每年舉辦青年政策論壇並追蹤建言回應'),
    background: '（示範資料）青年提出的政策建言常缺乏後續追蹤。',
    proposal: '（示範資料）每年舉辦青年政策論壇，並公開各機關對建言的回應與辦理情形。',
    expectedBenefits: '（示範資料）青年看得到意見的去向，更願意參與公共事務。',
    rationale: '（示範資料）內容與既有承諾事項「青年政策參與」相同，併入追蹤。',
  },
  {
    key: 'union-guide',
    outcome: 'referred',
    proposer: 1,
    cosigns: 3,
    startedDaysAgo: 60,
    areaCode: 'public-participation',
    title: demo('製作籌組工會的線上教學與範本'),
    background: '（示範資料）勞工不清楚籌組工會的程序與所需文件。',
    proposal: '（示範資料）提供籌組工會的線上教學、文件範本與常見問答。',
    expectedBenefits: '（示範資料）降低籌組工會的門檻。',
    rationale: '（示範資料）由權責機關於回應中說明既有措施。',
  },
  {
    key: 'daylight-saving',
    outcome: 'declined',
    proposer: 2,
    cosigns: 3,
    startedDaysAgo: 65,
    areaCode: 'general',
    title: demo('恢復實施夏令時間'),
    background: '（示範資料）夏季日照時間較長。',
    proposal: '（示範資料）每年四月至九月實施夏令時間。',
    expectedBenefits: '（示範資料）節省照明用電。',
    rationale: '（示範資料）經評估節能效益有限且影響交通與資訊系統，不予採納。',
  },
  {
    key: 'library-hours',
    outcome: 'expired',
    proposer: 3,
    cosigns: 1,
    startedDaysAgo: 80,
    areaCode: 'general',
    title: demo('公立圖書館延長夜間開放時間'),
    background: '（示範資料）多數公立圖書館晚上六點即閉館。',
    proposal: '（示範資料）公立圖書館週間開放至晚上十點。',
    expectedBenefits: '（示範資料）上班族與學生下課後也能使用圖書館。',
  },
  {
    key: 'budget-data-again',
    outcome: 'duplicate',
    proposer: 4,
    cosigns: 0,
    startedDaysAgo: 3,
    areaCode: 'open-data',
    title: demo('公開中央政府預算的開放資料'),
    background: '（示範資料）預算資料難以下載與比較。',
    proposal: '（示範資料）以開放格式公開中央政府預算。',
    expectedBenefits: '（示範資料）方便民眾監督預算。',
    duplicateOf: 'budget-data',
  },
  {
    key: 'buy-my-app',
    outcome: 'rejected',
    proposer: 0,
    cosigns: 0,
    startedDaysAgo: 4,
    areaCode: 'general',
    title: demo('請政府採購本公司的行動應用程式'),
    background: '（示範資料）本公司開發了一款行動應用程式。',
    proposal: '（示範資料）請各機關採購本公司的應用程式。',
    expectedBenefits: '（示範資料）本公司營收成長。',
    rationale: '（示範資料）內容為商業廣告。',
  },
  {
    key: 'bike-lanes',
    outcome: 'in_review',
    proposer: 1,
    cosigns: 0,
    startedDaysAgo: 1,
    areaCode: 'general',
    title: demo('公開全國自行車道路網資料'),
    background: '（示範資料）自行車道資料散落在各縣市網站。',
    proposal: '（示範資料）整合並以開放格式公開全國自行車道路網資料。',
    expectedBenefits: '（示範資料）便利騎乘規劃與相關應用開發。',
  },
];
