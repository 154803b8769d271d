import type { CycleSettingsError, CycleSettingsErrorCode, LocalizedText, ParticipationRulesErrorCode } from '@open-proposals/domain';
import type { FieldError } from '../common/errors/api.exception';

type Code = ParticipationRulesErrorCode | CycleSettingsErrorCode;

const MESSAGES: Readonly<Record<Code, LocalizedText>> = {
  'rules.threshold_too_low': { 'zh-TW': '附議門檻至少為 1。', en: 'The threshold must be at least 1.' },
  'rules.cosign_window_too_short': { 'zh-TW': '附議期間至少為 1 天。', en: 'The co-sign window must be at least 1 day.' },
  'rules.review_days_too_low': { 'zh-TW': '審查期限至少為 1 個工作天。', en: 'The review period must be at least 1 working day.' },
  'rules.agency_response_days_too_low': { 'zh-TW': '機關回應期限至少為 1 天。', en: 'The agency response period must be at least 1 day.' },
  'rules.not_an_integer': { 'zh-TW': '須為整數。', en: 'Must be a whole number.' },
  'rules.blackout_invalid_date': { 'zh-TW': '日期無效。', en: 'The date is not valid.' },
  'rules.blackout_not_after_start': { 'zh-TW': '結束時間須晚於開始時間。', en: 'The end must be later than the start.' },
  'rules.blackout_reason_missing': { 'zh-TW': '請以兩種語言填寫暫停原因。', en: 'Give the reason for the pause in both languages.' },
  'cycle.threshold_raise_while_open': {
    'zh-TW': '仍有提議正在附議中，門檻只能調降、不能調高。',
    en: 'Proposals are still collecting co-signs, so the threshold can be lowered but not raised.',
  },
};

const REASON_FIELD = { 'zh-TW': 'reasonZhTw', en: 'reasonEn' } as const;

/** The request field a domain refusal concerns, named as the DTO names it, so forms can mark it. */
const fieldOf = (error: CycleSettingsError): string => {
  const details = error.details ?? {};
  const index = details['index'];
  switch (error.code) {
    case 'rules.threshold_too_low': return 'threshold';
    case 'rules.cosign_window_too_short': return 'cosignWindowDays';
    case 'rules.review_days_too_low': return 'reviewWorkingDays';
    case 'rules.agency_response_days_too_low': return 'agencyResponseDays';
    case 'rules.not_an_integer': return String(details['field']);
    case 'rules.blackout_invalid_date': return `blackoutPeriods.${index}.startsAt`;
    case 'rules.blackout_not_after_start': return `blackoutPeriods.${index}.endsAt`;
    case 'rules.blackout_reason_missing': return `blackoutPeriods.${index}.${details['locale'] === 'en' ? REASON_FIELD.en : REASON_FIELD['zh-TW']}`;
    case 'cycle.threshold_raise_while_open': return 'threshold';
  }
};

export const toCycleFieldErrors = (errors: readonly CycleSettingsError[]): FieldError[] =>
  errors.map((error) => ({ field: fieldOf(error), code: error.code, message: MESSAGES[error.code] }));
