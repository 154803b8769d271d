import { ApiException } from '../common/errors/api.exception';

/**
 * These reads take no parameters, and a parameter they would ignore (a misspelt filter, say)
 * must not pass silently: the answer would look filtered and not be. An empty DTO cannot say
 * this under the global pipe (forbidUnknownValues refuses classes without rules), hence a check.
 */
export const assertNoQueryParameters = (query: Readonly<Record<string, unknown>>): void => {
  const names = Object.keys(query);
  if (names.length === 0) return;
  throw new ApiException(
    'validation_failed',
    names.map((field) => ({
      field,
      code: 'unknown_parameter',
      message: { 'zh-TW': '此路徑不接受這個查詢參數。', en: 'This path takes no such query parameter.' },
    })),
  );
};
