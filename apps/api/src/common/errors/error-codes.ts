import type { Locale } from '@open-proposals/domain';

/**
 * Every error code the API answers with, its HTTP status and its message in both languages.
 * The record type makes a code without a status or a translation a compile error.
 */
export const ERROR_CATALOG = {
  validation_failed: { status: 400, 'zh-TW': '送出的資料有誤，請依各欄位說明修正。', en: 'Some fields are invalid; correct them as described.' },
  malformed_body: { status: 400, 'zh-TW': '無法讀取請求內容，請送出有效的 JSON。', en: 'The request body could not be read; send valid JSON.' },
  invalid_text: { status: 400, 'zh-TW': '送出的文字含有無法儲存的字元，請依欄位說明移除後再送出。', en: 'Some text holds characters that cannot be stored; remove them as described.' },
  too_deeply_nested: { status: 400, 'zh-TW': '送出的資料巢狀層級太深，請依欄位說明修正。', en: 'The data is nested too deeply; correct it as described.' },
  bad_request: { status: 400, 'zh-TW': '請求無法處理，請檢查後再試。', en: 'The request could not be processed; check it and try again.' },
  unauthenticated: { status: 401, 'zh-TW': '請先登入。', en: 'Please log in first.' },
  metrics_token_required: { status: 401, 'zh-TW': '請以 Authorization: Bearer 提供有效的監控權杖（METRICS_TOKEN）。', en: 'Send a valid metrics token (METRICS_TOKEN) as Authorization: Bearer.' },
  forbidden: { status: 403, 'zh-TW': '您沒有執行此操作的權限。', en: 'You are not allowed to do this.' },
  not_found: { status: 404, 'zh-TW': '找不到您要的資源。', en: 'What you asked for does not exist.' },
  route_not_found: { status: 404, 'zh-TW': '沒有這個 API 路徑，請參考 /api/docs。', en: 'There is no such API path; see /api/docs.' },
  no_open_cycle: { status: 409, 'zh-TW': '目前沒有開放提議的週期，請留意平臺公告。', en: 'No participation cycle is open for proposals right now; watch the platform’s announcements.' },
  cycle_threshold_raise_while_open: { status: 409, 'zh-TW': '仍有提議正在附議中，附議門檻只能調降、不能調高。', en: 'Proposals are still collecting co-signs, so the threshold can be lowered but not raised.' },
  conflict: { status: 409, 'zh-TW': '此操作與目前狀態衝突。', en: 'This conflicts with the current state.' },
  payload_too_large: { status: 413, 'zh-TW': '送出的內容太大。', en: 'The request is too large.' },
  unsupported_media_type: { status: 415, 'zh-TW': '請以 application/json 送出資料。', en: 'Send the data as application/json.' },
  rate_limited: { status: 429, 'zh-TW': '操作太頻繁，請依 Retry-After 指示的時間後再試。', en: 'Too many attempts; try again after the time given in Retry-After.' },
  too_many_requests: { status: 429, 'zh-TW': '請求太頻繁，請稍後再試。', en: 'Too many requests; try again shortly.' },
  // "May not": a commit can succeed just before the connection drops, so a 503 cannot promise nothing was saved.
  service_unavailable: { status: 503, 'zh-TW': '服務暫時無法使用，您的操作可能未完成；請稍後確認後再試。', en: 'The service is briefly unavailable; your action may not have been saved. Check, then try again shortly.' },
  // Refused before anything was done (MAX_REQUESTS_IN_FLIGHT), so unlike service_unavailable it can say so.
  server_busy: { status: 503, 'zh-TW': '目前使用人數眾多，系統未受理這次請求，也未做任何變更；請於數秒後再試。', en: 'The platform is very busy and did not take this request; nothing was changed. Try again in a few seconds.' },
  email_taken: { status: 409, 'zh-TW': '此電子郵件已註冊，請直接登入或重設密碼。', en: 'This email is already registered; log in or reset your password.' },
  phone_taken: { status: 409, 'zh-TW': '此手機號碼已由其他帳號驗證使用。', en: 'This mobile number is already used by another account.' },
  weak_password: { status: 400, 'zh-TW': '密碼不符合規則，請依欄位說明修改。', en: 'The password does not meet the rules; change it as described.' },
  invalid_credentials: { status: 401, 'zh-TW': '電子郵件或密碼錯誤。', en: 'The email or password is wrong.' },
  password_incorrect: { status: 400, 'zh-TW': '密碼不正確，請輸入您目前的密碼。', en: 'The password is not correct; enter your current password.' },
  csrf_failed: { status: 403, 'zh-TW': '安全檢查未通過，請重新整理頁面後再試。', en: 'The security check failed; reload the page and try again.' },
  email_not_verified: { status: 409, 'zh-TW': '請先完成電子郵件驗證。', en: 'Verify your email address first.' },
  already_verified: { status: 409, 'zh-TW': '此項目已完成驗證。', en: 'This is already verified.' },
  code_invalid: { status: 400, 'zh-TW': '驗證碼錯誤，請再檢查一次。', en: 'The code is wrong; check it and try again.' },
  code_expired: { status: 400, 'zh-TW': '驗證碼已失效，請重新索取。', en: 'The code has expired; ask for a new one.' },
  code_locked: { status: 429, 'zh-TW': '錯誤次數過多，此驗證碼已停用，請重新索取。', en: 'Too many wrong attempts; this code is locked. Ask for a new one.' },
  message_transport_unavailable: { status: 503, 'zh-TW': '目前無法寄送訊息，請稍後再試。', en: 'Messages cannot be sent right now; try again later.' },
  unknown_dataset: { status: 404, 'zh-TW': '沒有這個開放資料集或格式；資料集與格式列於 /api/v1/open-data。', en: 'There is no such open dataset or format; the datasets and formats are listed at /api/v1/open-data.' },
  internal: { status: 500, 'zh-TW': '系統發生錯誤，我們已記錄並會處理。', en: 'Something went wrong on our side; it has been logged.' },
} as const satisfies Record<string, { status: number } & Record<Locale, string>>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CATALOG, value);

/** The code a bare HTTP status stands for, when a framework throws without one of ours. */
export const codeForStatus = (status: number): ErrorCode => {
  switch (status) {
    case 400: return 'bad_request';
    case 401: return 'unauthenticated';
    case 403: return 'forbidden';
    case 404: return 'not_found';
    case 409: return 'conflict';
    case 413: return 'payload_too_large';
    case 415: return 'unsupported_media_type';
    case 429: return 'too_many_requests';
    case 503: return 'service_unavailable';
    default: return status >= 500 ? 'internal' : 'bad_request';
  }
};
