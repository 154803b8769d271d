import type { FieldError } from '../common/errors/api.exception';
import { isGuessablePassword, mailboxNameOf } from './guessable-password';

export const PASSWORD_MIN_LENGTH = 12;
/** argon2 cost grows with input; a cap stops a megabyte "password" from tying up the CPU. */
export const PASSWORD_MAX_LENGTH = 256;

const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

/** What is wrong with a password, per rule, in both languages; an empty list means it is acceptable. */
export const passwordPolicyErrors = (password: string, email: string, field = 'password'): FieldError[] => {
  const errors: FieldError[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) {
    errors.push({ field, code: 'passwordTooShort', message: { 'zh-TW': `密碼至少需 ${PASSWORD_MIN_LENGTH} 個字元。`, en: `Use at least ${PASSWORD_MIN_LENGTH} characters.` } });
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    errors.push({ field, code: 'passwordTooLong', message: { 'zh-TW': `密碼最多 ${PASSWORD_MAX_LENGTH} 個字元。`, en: `Use at most ${PASSWORD_MAX_LENGTH} characters.` } });
  }
  if (CLASSES.filter((pattern) => pattern.test(password)).length < 2) {
    errors.push({
      field,
      code: 'passwordOneClass',
      message: { 'zh-TW': '請混用至少兩種字元（小寫、大寫、數字、符號）。', en: 'Mix at least two kinds of characters (lower case, upper case, digits, symbols).' },
    });
  }
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) {
    errors.push({ field, code: 'passwordIsEmail', message: { 'zh-TW': '密碼不可與電子郵件相同。', en: 'The password must not be your email address.' } });
    return errors;
  }
  const mailbox = mailboxNameOf(email);
  if (mailbox !== null && password.toLowerCase().includes(mailbox)) {
    errors.push({ field, code: 'passwordHasEmailName', message: { 'zh-TW': '密碼不可包含電子郵件 @ 前的名稱。', en: 'The password must not contain the name before the @ of your email address.' } });
  }
  // Length alone does not stop "Password1234": attackers try the leaked-password lists first.
  if (password.length <= PASSWORD_MAX_LENGTH && isGuessablePassword(password)) {
    errors.push({
      field,
      code: 'passwordTooCommon',
      message: {
        'zh-TW': '這個密碼太常見或容易猜到（常出現在外洩密碼清單、鍵盤順序或重複字元），請改用幾個不相關的詞語組成的長句。',
        en: 'This password is too common or easy to guess (it looks like leaked passwords, keyboard patterns or repeats); use a long phrase of unrelated words instead.',
      },
    });
  }
  return errors;
};
