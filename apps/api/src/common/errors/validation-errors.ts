import type { ValidationError } from 'class-validator';
import type { FieldError } from './api.exception';

/** class-validator constraint names, explained in both languages. Unknown ones fall back to its English text. */
const CONSTRAINT_MESSAGES: Record<string, { 'zh-TW': string; en: string }> = {
  whitelistValidation: { 'zh-TW': '不接受此欄位。', en: 'This field is not accepted.' },
  isNotEmpty: { 'zh-TW': '此欄位必填。', en: 'This field is required.' },
  isDefined: { 'zh-TW': '此欄位必填。', en: 'This field is required.' },
  isString: { 'zh-TW': '須為文字。', en: 'Must be text.' },
  isInt: { 'zh-TW': '須為整數。', en: 'Must be a whole number.' },
  isEmail: { 'zh-TW': '須為有效的電子郵件地址。', en: 'Must be a valid email address.' },
  isIn: { 'zh-TW': '不是允許的值。', en: 'Is not one of the allowed values.' },
  isUuid: { 'zh-TW': '須為有效的識別碼。', en: 'Must be a valid identifier.' },
  maxLength: { 'zh-TW': '太長了。', en: 'Is too long.' },
  minLength: { 'zh-TW': '太短了。', en: 'Is too short.' },
  min: { 'zh-TW': '太小了。', en: 'Is too small.' },
  max: { 'zh-TW': '太大了。', en: 'Is too large.' },
  matches: { 'zh-TW': '格式不正確。', en: 'Is not in the expected format.' },
  isArray: { 'zh-TW': '須為清單。', en: 'Must be a list.' },
  arrayMaxSize: { 'zh-TW': '項目太多了。', en: 'Has too many items.' },
  arrayMinSize: { 'zh-TW': '項目太少了。', en: 'Has too few items.' },
  isBoolean: { 'zh-TW': '須為 true 或 false。', en: 'Must be true or false.' },
  isIso8601: { 'zh-TW': '須為有效的日期時間（ISO 8601，例如 2025-06-30T16:00:00.000Z）。', en: 'Must be a valid date and time (ISO 8601, e.g. 2025-06-30T16:00:00.000Z).' },
  isUrl: { 'zh-TW': '須為有效的網址。', en: 'Must be a valid address (URL).' },
  nestedValidation: { 'zh-TW': '須為物件或物件清單。', en: 'Must be an object or a list of objects.' },
  unknownValue: { 'zh-TW': '請以 JSON 物件送出資料。', en: 'Send the data as a JSON object.' },
};

/** Flattens nested class-validator errors into one message per field and constraint. */
export const toFieldErrors = (errors: readonly ValidationError[], parent = ''): FieldError[] =>
  errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([code, english]) => ({
      field,
      code,
      message: CONSTRAINT_MESSAGES[code] ?? { 'zh-TW': english, en: english },
    }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
