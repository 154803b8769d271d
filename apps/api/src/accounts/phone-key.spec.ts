import { normalisedPhone, phoneKey } from './phone-key';

const KEY = 'a test key that is long enough!!';

describe('phoneKey', () => {
  it('is a 128-bit hex hash, the same for every spelling of one number', () => {
    const key = phoneKey('+886912345678', KEY);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    for (const spelling of ['+886 912 345 678', '+886-912-345-678', '+8860912345678', '+886 (0)912.345.678']) expect(phoneKey(spelling, KEY)).toBe(key);
  });

  it('differs between numbers, and between keys, so a leaked table cannot be matched without the secret', () => {
    expect(phoneKey('+886912345679', KEY)).not.toBe(phoneKey('+886912345678', KEY));
    expect(phoneKey('+886912345678', `${KEY}x`)).not.toBe(phoneKey('+886912345678', KEY));
  });

  it('drops the trunk 0 only after +886', () => {
    expect(normalisedPhone('+8860912345678')).toBe('+886912345678');
    expect(normalisedPhone('+390612345678')).toBe('+390612345678');
  });
});
