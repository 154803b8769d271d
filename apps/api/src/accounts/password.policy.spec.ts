import { passwordPolicyErrors } from './password.policy';

describe('the password policy', () => {
  it.each([
    ['short1', ['passwordTooShort']],
    ['alllowercaseletters', ['passwordOneClass']],
    ['123456789012', ['passwordOneClass']],
    ['Someone@Example.org', ['passwordIsEmail']],
    ['x'.repeat(300) + '1', ['passwordTooLong']],
  ])('refuses %s with %j', (password, codes) => {
    expect(passwordPolicyErrors(password, 'someone@example.org').map((e) => e.code)).toEqual(codes);
  });

  it('accepts a long password that mixes two kinds of characters', () => {
    expect(passwordPolicyErrors('correct horse battery 9', 'someone@example.org')).toEqual([]);
  });
});
