import type { LocalizedText, RejectReasonCode } from '@open-proposals/domain';

/**
 * What each rejection reason code means, in both languages, for the public rejection log and
 * the moderator's form. The Record type makes a new domain code without a label a compile error.
 */
export const REJECT_REASON_LABELS: Readonly<Record<RejectReasonCode, LocalizedText>> = {
  illegal: { 'zh-TW': '違法（威脅、猥褻、誹謗、詐欺）', en: 'Unlawful (threats, obscenity, defamation, fraud)' },
  infringes_rights: { 'zh-TW': '侵害他人權益', en: 'Infringes the rights of others' },
  discrimination_or_attack: { 'zh-TW': '歧視或人身攻擊', en: 'Discrimination or personal attack' },
  pending_litigation: { 'zh-TW': '涉及司法訴訟中案件', en: 'Concerns a case pending in court' },
  unclear: { 'zh-TW': '內容不明確', en: 'Unclear content' },
  personal_interest: { 'zh-TW': '僅涉及個人權益', en: 'Concerns only a personal interest' },
  fictional: { 'zh-TW': '內容虛構不實', en: 'Fictitious or untrue content' },
  commercial: { 'zh-TW': '商業廣告', en: 'Commercial advertising' },
  outside_executive_scope: { 'zh-TW': '非屬行政機關權責', en: 'Outside the remit of the executive branch' },
  duplicate: { 'zh-TW': '與既有提議重複', en: 'Duplicates an existing proposal' },
  other: { 'zh-TW': '其他', en: 'Other' },
};
