import { NOTIFICATION_KINDS, type Locale, type NotificationKind } from '@open-proposals/domain';

export interface DigestItem {
  readonly kind: string;
  readonly proposalId: string | null;
  readonly proposalTitle: string | null;
}

export interface DigestEmail {
  readonly subject: string;
  readonly body: string;
}

interface KindText {
  /** What happened, with {title}. */
  readonly happened: string;
  /** What comes next, so nobody has to guess what the news means for them. */
  readonly next: string;
}

const TEXT: Readonly<Record<NotificationKind, Readonly<Record<Locale, KindText>>>> = {
  'proposal.published': {
    'zh-TW': { happened: '您的提議「{title}」已通過審查並公開，開始附議。', next: '分享給關心這個議題的人；在附議期限內達到門檻，就會送交推動小組與權責機關。' },
    en: { happened: 'Your proposal "{title}" passed review and is now public and open for co-signing.', next: 'Share it with people who care; if it reaches the threshold before the deadline, it goes to the task force and the responsible agency.' },
  },
  'proposal.returned': {
    'zh-TW': { happened: '您的提議「{title}」已退回修改。', next: '請依審查意見修改後重新送出；審查意見在「我的提議」頁面。' },
    en: { happened: 'Your proposal "{title}" was returned for revision.', next: 'Revise it following the moderator’s note (on your My proposals page) and submit it again.' },
  },
  'proposal.rejected': {
    'zh-TW': { happened: '您的提議「{title}」未通過審查。', next: '不通過的理由代碼已公開於不通過紀錄；您可以依理由另提新的提議。' },
    en: { happened: 'Your proposal "{title}" was not accepted.', next: 'The reason code is published in the public rejection log; you may submit a new proposal that addresses it.' },
  },
  'proposal.duplicate': {
    'zh-TW': { happened: '您的提議「{title}」與既有提議重複。', next: '歡迎前往既有的提議附議，讓同一訴求的聲音集中。' },
    en: { happened: 'Your proposal "{title}" duplicates an existing one.', next: 'Co-sign the existing proposal instead, so that support for the same idea is counted together.' },
  },
  'proposal.threshold_reached': {
    'zh-TW': { happened: '「{title}」已達到附議門檻。', next: '提議將送交推動小組審議，並請權責機關在公開期限內逐點回應。' },
    en: { happened: '"{title}" reached its co-sign threshold.', next: 'It goes to the task force for review, and the responsible agency must answer point by point before a public deadline.' },
  },
  'proposal.expired': {
    'zh-TW': { happened: '「{title}」的附議期限已屆滿，未達門檻。', next: '提議與附議紀錄仍公開保存；提議人可以修改後另提。' },
    en: { happened: 'The co-sign window of "{title}" closed before it reached the threshold.', next: 'The proposal and its co-sign record stay public; the proposer may submit a revised proposal.' },
  },
  'proposal.cosigning_closed': {
    'zh-TW': { happened: '「{title}」的附議已截止。', next: '接下來由推動小組與權責機關處理，進度會公開在提議頁面。' },
    en: { happened: 'Co-signing of "{title}" has closed.', next: 'The task force and the agency take it from here; progress is shown on the proposal page.' },
  },
  'proposal.routed': {
    'zh-TW': { happened: '「{title}」已送交推動小組與權責機關。', next: '機關須在期限前逐點回應；推動小組將在會議中作成決定。' },
    en: { happened: '"{title}" was sent to the task force and the responsible agency.', next: 'The agency must answer point by point before its deadline; the task force will decide at a meeting.' },
  },
  'proposal.decided': {
    'zh-TW': { happened: '推動小組已對「{title}」作成決定。', next: '決定與理由公開在提議頁面；若採納，將列入行動方案的承諾事項並公開追蹤。' },
    en: { happened: 'The task force decided on "{title}".', next: 'The decision and its reasons are on the proposal page; if adopted, it becomes a commitment of the action plan, tracked in public.' },
  },
  'agency.responded': {
    'zh-TW': { happened: '權責機關已回應「{title}」。', next: '請到提議頁面閱讀機關的逐點回應。' },
    en: { happened: 'The responsible agency answered "{title}".', next: 'Read its point-by-point answer on the proposal page.' },
  },
  'agency.extended': {
    'zh-TW': { happened: '權責機關延後了「{title}」的回應期限。', next: '新的期限與延期理由公開在提議頁面。' },
    en: { happened: 'The responsible agency extended its deadline to answer "{title}".', next: 'The new date and the reason are shown on the proposal page.' },
  },
};

const isKind = (kind: string): kind is NotificationKind => (NOTIFICATION_KINDS as readonly string[]).includes(kind);

const FALLBACK: Readonly<Record<Locale, KindText>> = {
  'zh-TW': { happened: '您關注的提議「{title}」有新進展。', next: '請到提議頁面查看。' },
  en: { happened: 'There is news about "{title}", a proposal you follow.', next: 'See the proposal page.' },
};

const UNTITLED: Readonly<Record<Locale, string>> = { 'zh-TW': '（已移除的提議）', en: '(a removed proposal)' };

const line = (item: DigestItem, locale: Locale, publicUrl: string): string => {
  const text = isKind(item.kind) ? TEXT[item.kind][locale] : FALLBACK[locale];
  const title = item.proposalTitle ?? UNTITLED[locale];
  const link = item.proposalId === null ? '' : `\n   ${publicUrl}/proposals/${item.proposalId}`;
  return `• ${text.happened.replace('{title}', title)}\n   ${text.next}${link}`;
};

/**
 * One email with everything that happened since the last one, in both languages (zh-TW first:
 * the platform does not yet store each person's language). Plain text: nothing to render unsafely.
 */
export const composeDigest = (items: readonly DigestItem[], displayName: string, publicUrl: string): DigestEmail => {
  const base = publicUrl.replace(/\/+$/, '');
  const count = items.length;
  const subject = count === 1 ? '開放提案：您關注的提議有 1 則新進展 / Open Proposals: 1 update' : `開放提案：您關注的提議有 ${count} 則新進展 / Open Proposals: ${count} updates`;
  const settings = `${base}/me/notifications`;
  const body = [
    `${displayName} 您好：`,
    '',
    ...items.map((item) => line(item, 'zh-TW', base)),
    '',
    `不想再收到這類郵件？請到 ${settings} 關閉電子郵件通知。`,
    '',
    '———',
    '',
    `Hello ${displayName},`,
    '',
    ...items.map((item) => line(item, 'en', base)),
    '',
    `To stop these emails, turn off email notifications at ${settings}.`,
  ].join('\n');
  return { subject, body };
};
