import { passwordPolicyErrors } from './password.policy';

describe('the password policy', () => {
  it.each([
    ['short1', ['passwordTooShort']],
    ['alllowercaseletters', ['passwordOneClass']],
    ['123456789012', ['passwordOneClass', 'passwordTooCommon']],
    ['Someone@Example.org', ['passwordIsEmail']],
    ['x'.repeat(300) + '1', ['passwordTooLong']],
  ])('refuses %s with %j', (password, codes) => {
    expect(passwordPolicyErrors(password, 'someone@example.org').map((e) => e.code)).toEqual(codes);
  });

  it('accepts a long password that mixes two kinds of characters', () => {
    expect(passwordPolicyErrors('correct horse battery 9', 'someone@example.org')).toEqual([]);
  });

  it.each(['Password1234', 'P@ssw0rd2024!', 'passwordpassword1', 'Qwertyuiop12', '1qaz2wsx3edc', 'Iloveyou1234!', 'aaaaaaaaaaa1', 'abcabcabcab1', 'A1234567890!', 'Correcthorsebatterystaple', 'zxcvbnm,./123', 'Welcome2026!!'])(
    'refuses the common or guessable %s',
    (password) => {
      expect(passwordPolicyErrors(password, 'someone@example.org').map((e) => e.code)).toEqual(['passwordTooCommon']);
    },
  );

  it.each(['open government 2026', 'staff journey password 2026', 'Tea-kettle sunrise 42', '台北 river lantern 7'])('accepts the passphrase %s', (password) => {
    expect(passwordPolicyErrors(password, 'someone@example.org')).toEqual([]);
  });

  it('refuses a password that contains the name before the @', () => {
    expect(passwordPolicyErrors('someone is great 7', 'someone@example.org').map((e) => e.code)).toEqual(['passwordHasEmailName']);
  });
});
