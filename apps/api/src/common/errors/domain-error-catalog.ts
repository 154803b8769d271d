import type { CommentErrorCode, CosignEligibilityError, DenialReason, Locale, ProposalErrorCode, ProposalFieldErrorCode } from '@open-proposals/domain';

export type DomainErrorCode = ProposalErrorCode | CosignEligibilityError['code'] | CommentErrorCode;

type Entry = { readonly status: number } & Readonly<Record<Locale, string>>;

/**
 * Every refusal of the domain, with its HTTP status and what to tell the person, in both
 * languages. The Record type makes a new domain code without an entry a compile error.
 */
export const DOMAIN_ERROR_CATALOG: Readonly<Record<DomainErrorCode, Entry>> = {
  'proposal.invalid_transition': { status: 409, 'zh-TW': '提議目前的狀態不允許這個操作。', en: 'The proposal’s current status does not allow this.' },
  'proposal.invalid_draft': { status: 400, 'zh-TW': '提議內容有誤，請依各欄位說明修正。', en: 'Some fields of the proposal need correcting; see each field.' },
  'proposal.blackout': { status: 409, 'zh-TW': '目前為暫停提議與附議期間。', en: 'Proposing and co-signing are paused during this period.' },
  'proposal.not_proposer': { status: 403, 'zh-TW': '只有提議者可以執行此操作。', en: 'Only the proposer can do this.' },
  'proposal.not_phone_verified': { status: 403, 'zh-TW': '送出提議前，請先完成手機驗證。', en: 'Verify your mobile number before submitting a proposal.' },
  'proposal.note_required': { status: 400, 'zh-TW': '請填寫說明。', en: 'A note is required.' },
  'proposal.unknown_reject_reason': { status: 400, 'zh-TW': '不是有效的駁回理由代碼。', en: 'That is not a valid rejection reason code.' },
  'proposal.duplicate_of_required': { status: 400, 'zh-TW': '請指明重複的原提議。', en: 'Name the original proposal this duplicates.' },
  'proposal.duplicate_of_self': { status: 400, 'zh-TW': '提議不能與自己重複。', en: 'A proposal cannot duplicate itself.' },
  'proposal.invalid_cosign_count': { status: 409, 'zh-TW': '附議數有誤，請重新整理後再試。', en: 'The co-sign count is out of date; reload and try again.' },
  'proposal.cosign_window_closed': { status: 409, 'zh-TW': '附議期間已結束。', en: 'The co-signing period has ended.' },
  'proposal.cosigning_closed': { status: 409, 'zh-TW': '此提議已停止附議。', en: 'Co-signing of this proposal has closed.' },
  'proposal.window_not_closed': { status: 409, 'zh-TW': '附議期間尚未結束。', en: 'The co-signing period has not ended yet.' },
  'proposal.threshold_met': { status: 409, 'zh-TW': '此提議已達附議門檻。', en: 'This proposal has already reached its threshold.' },
  'proposal.no_agency': { status: 400, 'zh-TW': '請指定權責機關。', en: 'Name the responsible agency.' },
  'proposal.rationale_required': { status: 400, 'zh-TW': '不予採納時須公開說明理由。', en: 'Declining requires a public rationale.' },
  'proposal.commitment_required': { status: 400, 'zh-TW': '請指定要併入的承諾事項。', en: 'Name the commitment to merge into.' },
  'cosign.proposal_not_open': { status: 409, 'zh-TW': '此提議目前不開放附議。', en: 'This proposal is not open for co-signing.' },
  'cosign.window_closed': { status: 409, 'zh-TW': '附議期間已結束。', en: 'The co-signing period has ended.' },
  'cosign.accumulation_closed': { status: 409, 'zh-TW': '此提議已達門檻，不再累計附議。', en: 'This proposal reached its threshold and no longer collects co-signs.' },
  'cosign.tier_required': { status: 403, 'zh-TW': '附議前，請先完成手機驗證。', en: 'Verify your mobile number before co-signing.' },
  'cosign.own_proposal': { status: 403, 'zh-TW': '提議者不能附議自己的提議。', en: 'You cannot co-sign your own proposal.' },
  'cosign.blackout': { status: 409, 'zh-TW': '目前為暫停提議與附議期間。', en: 'Proposing and co-signing are paused during this period.' },
  'comment.tier_required': { status: 403, 'zh-TW': '留言前，請先完成電子郵件驗證。', en: 'Verify your email address before commenting.' },
  'comment.body_required': { status: 400, 'zh-TW': '請輸入留言內容。', en: 'Write something first.' },
  'comment.body_too_long': { status: 400, 'zh-TW': '留言太長了。', en: 'The comment is too long.' },
  'comment.unknown_stance': { status: 400, 'zh-TW': '立場須為支持、反對或中立。', en: 'The stance must be support, oppose or neutral.' },
  'comment.reply_depth': { status: 400, 'zh-TW': '只能回覆留言，不能回覆回覆。', en: 'You can reply to a comment, not to a reply.' },
  'comment.parent_mismatch': { status: 400, 'zh-TW': '回覆的留言不屬於此提議。', en: 'That comment belongs to another proposal.' },
  'comment.not_author': { status: 403, 'zh-TW': '只有留言者可以編輯。', en: 'Only the author can edit this comment.' },
  'comment.edit_window_closed': { status: 409, 'zh-TW': '留言只能在發表後 15 分鐘內編輯。', en: 'Comments can be edited only within 15 minutes of posting.' },
  'comment.hidden': { status: 409, 'zh-TW': '此留言已被隱藏。', en: 'This comment is hidden.' },
  'comment.own_comment': { status: 403, 'zh-TW': '不能檢舉自己的留言。', en: 'You cannot report your own comment.' },
  'comment.reason_required': { status: 400, 'zh-TW': '請填寫理由。', en: 'A reason is required.' },
  'comment.invalid_moderation': { status: 409, 'zh-TW': '留言目前的狀態不允許這個操作。', en: 'The comment’s current state does not allow this.' },
};

/** Messages for the fields of a proposal draft; {max} is the limit that was exceeded. */
export const PROPOSAL_FIELD_MESSAGES: Readonly<Record<ProposalFieldErrorCode, Readonly<Record<Locale, string>>>> = {
  required: { 'zh-TW': '此欄位必填。', en: 'This field is required.' },
  too_long: { 'zh-TW': '太長了，最多 {max} 字。', en: 'Too long: at most {max} characters.' },
  too_many: { 'zh-TW': '太多了，最多 {max} 項。', en: 'Too many: at most {max}.' },
  invalid_url: { 'zh-TW': '須為 http 或 https 網址。', en: 'Must be an http or https address.' },
  duplicate: { 'zh-TW': '重複了。', en: 'Listed twice.' },
  unknown_area: { 'zh-TW': '不是本方案的範疇。', en: 'Not an area of the plan.' },
};

/** The policy's refusals: who may not do what, and why. */
export const DENIAL_CATALOG: Readonly<Record<DenialReason, Entry>> = {
  unauthenticated: { status: 401, 'zh-TW': '請先登入。', en: 'Please log in first.' },
  role_required: { status: 403, 'zh-TW': '您的角色沒有執行此操作的權限。', en: 'Your role does not allow this.' },
  tier_required: { status: 403, 'zh-TW': '請先完成所需的身分驗證。', en: 'Complete the required verification first.' },
  not_owner: { status: 403, 'zh-TW': '只有擁有者可以執行此操作。', en: 'Only the owner can do this.' },
  wrong_agency: { status: 403, 'zh-TW': '此事項不屬於您的機關。', en: 'This belongs to another agency.' },
  own_proposal: { status: 403, 'zh-TW': '不能對自己的提議執行此操作。', en: 'You cannot do this on your own proposal.' },
  resource_missing: { status: 403, 'zh-TW': '您沒有執行此操作的權限。', en: 'You are not allowed to do this.' },
};
