import { ApiError } from '../api/api-error';
import { formErrorsOf } from './field-errors';

const apiError = (code: string, message: string, errors: { field: string; code: string; message: string }[] = [], status = 400) =>
  new ApiError(status, { statusCode: status, code, message, errors, requestId: 'req-1' });

describe('formErrorsOf', () => {
  it('places each field error under its field, joining a list field’s items', () => {
    const error = apiError('proposal.invalid_draft', '請修正', [
      { field: 'title', code: 'required', message: '必填' },
      { field: 'links[0]', code: 'invalid_url', message: '網址無效' },
      { field: 'links[2]', code: 'duplicate', message: '重複' },
    ]);
    expect(formErrorsOf(error, ['title', 'links'])).toEqual({ fields: { title: '必填', links: '網址無效 重複' }, form: null });
  });

  it('shows the message for the whole form when no error names a field of this form', () => {
    expect(formErrorsOf(apiError('invalid_credentials', '帳號或密碼錯誤', [], 401), ['email', 'password'])).toEqual({
      fields: {},
      form: '帳號或密碼錯誤',
    });
    expect(formErrorsOf(apiError('validation_failed', '有誤', [{ field: 'other', code: 'x', message: 'y' }]), ['email']).form).toBe('有誤');
  });

  it('places a refusal that names no field where codeFields says', () => {
    expect(formErrorsOf(apiError('email_taken', '已註冊', [], 409), ['email'], { email_taken: 'email' })).toEqual({
      fields: { email: '已註冊' },
      form: null,
    });
  });

  it('answers nothing without an error, and the message of an error that is not the API’s', () => {
    expect(formErrorsOf(null, ['email'])).toEqual({ fields: {}, form: null });
    expect(formErrorsOf(new Error('offline'), ['email'])).toEqual({ fields: {}, form: 'offline' });
  });
});
