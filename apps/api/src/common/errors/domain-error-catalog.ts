import type { CommitmentErrorCode, TaskforceErrorCode, AgencyResponseErrorCode, CommentErrorCode, CosignEligibilityError, DenialReason, Locale, ProposalErrorCode, ProposalFieldErrorCode } from '@open-proposals/domain';

export type DomainErrorCode = ProposalErrorCode | CosignEligibilityError['code'] | CommentErrorCode | AgencyResponseErrorCode | CommitmentErrorCode | TaskforceErrorCode;

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
  'agency_response.already_answered': { status: 409, 'zh-TW': '此請求已回應，回應公開後不能修改。', en: 'This request has already been answered; a published answer cannot be changed.' },
  'agency_response.points_required': { status: 400, 'zh-TW': '請至少逐點回應一點。', en: 'Answer at least one point.' },
  'agency_response.too_many_points': { status: 400, 'zh-TW': '回應的點數太多了。', en: 'The answer has too many points.' },
  'agency_response.point_body_required': { status: 400, 'zh-TW': '每一點都須填寫內容。', en: 'Every point needs a body.' },
  'agency_response.point_too_long': { status: 400, 'zh-TW': '其中一點的標題或內容太長了。', en: 'A point’s heading or body is too long.' },
  'agency_response.reason_required': { status: 400, 'zh-TW': '展延須公開說明理由。', en: 'An extension needs a public reason.' },
  'agency_response.reason_too_long': { status: 400, 'zh-TW': '展延理由太長了。', en: 'The reason for the extension is too long.' },
  'agency_response.due_date_not_later': { status: 400, 'zh-TW': '新的回應期限須晚於目前的期限。', en: 'The new due date must be later than the current one.' },
  'agency_response.extension_after_due': { status: 409, 'zh-TW': '回應期限已過，不能再展延。', en: 'The due date has passed; it can no longer be extended.' },
  'agency_response.too_many_extensions': { status: 409, 'zh-TW': '展延次數已達上限。', en: 'The due date has been extended the maximum number of times.' },
  'commitment.title_required': { status: 400, 'zh-TW': '請填寫中文標題。', en: 'A title in Traditional Chinese is required.' },
  'commitment.unknown_area': { status: 400, 'zh-TW': '不是本行動方案的範疇。', en: 'That is not an area of the action plan.' },
  'commitment.unknown_origin': { status: 400, 'zh-TW': '承諾事項的來源有誤。', en: 'That is not a valid origin for a commitment.' },
  'commitment.invalid_code': { status: 400, 'zh-TW': '承諾事項編號格式有誤，應以方案代碼開頭，例如 nap-1-2.3。', en: 'A commitment number must start with its plan’s code, for example nap-1-2.3.' },
  'commitment.proposal_required': { status: 400, 'zh-TW': '來自民眾提議的承諾事項須連結原提議，其他來源則不可。', en: 'A commitment from a citizen proposal must link it; other origins must not.' },
  'commitment.invalid_due_date': { status: 400, 'zh-TW': '期限須為有效日期（YYYY-MM-DD）。', en: 'The due date must be a valid date (YYYY-MM-DD).' },
  'commitment.unknown_milestone_status': { status: 400, 'zh-TW': '里程碑狀態須為規劃中、進行中、已完成或延遲。', en: 'The milestone status must be planned, in_progress, done or delayed.' },
  'commitment.invalid_evidence_url': { status: 400, 'zh-TW': '佐證連結須為 http 或 https 網址。', en: 'The evidence link must be an http or https address.' },
  'commitment.invalid_quarter': { status: 400, 'zh-TW': '季別格式須如 2025-Q3。', en: 'The quarter must look like 2025-Q3.' },
  'commitment.text_required': { status: 400, 'zh-TW': '請填寫進度說明。', en: 'Describe the progress.' },
  'commitment.unknown_completion': { status: 400, 'zh-TW': '完成度須為 OGP 定義的等級之一。', en: 'The completion must be one of OGP’s levels.' },
  'commitment.quarter_reported': { status: 409, 'zh-TW': '此季已提報進度。', en: 'Progress for this quarter has already been reported.' },
  'commitment.invalid_assessment': { status: 400, 'zh-TW': '評估項目須為 OGP 定義的等級。', en: 'Each assessment field must be one of OGP’s levels.' },
  'commitment.tracking_closed': { status: 409, 'zh-TW': '此承諾事項已解除列管。', en: 'Tracking of this commitment has been closed.' },
  'commitment.closure_reason_required': { status: 400, 'zh-TW': '解除列管須寫明公開理由。', en: 'Give the public reason for closing tracking.' },
  'taskforce.invalid_votes': { status: 400, 'zh-TW': '票數須為非負整數。', en: 'Vote counts must be whole numbers, zero or more.' },
  'taskforce.no_votes': { status: 400, 'zh-TW': '請記錄表決票數。', en: 'Record the votes.' },
  'taskforce.already_decided': { status: 409, 'zh-TW': '此案已有決議。', en: 'This item has already been decided.' },
  'taskforce.commitment_details_required': { status: 400, 'zh-TW': '採納時須填寫承諾事項的標題、說明與範疇。', en: 'Adopting needs the commitment’s title, description and area.' },
  'taskforce.invalid_meeting_date': { status: 400, 'zh-TW': '會議日期須為有效日期（YYYY-MM-DD）。', en: 'The meeting date must be a valid date (YYYY-MM-DD).' },
  'taskforce.meeting_title_required': { status: 400, 'zh-TW': '請填寫會議名稱。', en: 'The meeting needs a title.' },
  'taskforce.agenda_subject_required': { status: 400, 'zh-TW': '議程項目須指定一件提議或一項承諾事項。', en: 'An agenda item names either one review item or one commitment.' },
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
