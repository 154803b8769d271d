/**
 * Recognises passwords that are long enough but still among the first an attacker tries: the
 * most common passwords of leaked password lists (with the digits, symbols and letter-for-digit
 * swaps people add to pass length rules), keyboard walks, runs and repetitions.
 * Offline on purpose: no request leaves the platform with (a hash prefix of) someone's password.
 */

/** Bases that top every published list of leaked passwords (RockYou, the HIBP top lists, NCSC's 100k), lower case. */
const COMMON_BASES = new Set(
  [
    'password', 'passwd', 'pass', 'passport', 'qwerty', 'qwertyuiop', 'asdf', 'asdfgh', 'asdfghjkl', 'zxcvbnm', 'iloveyou', 'welcome', 'letmein',
    'admin', 'administrator', 'root', 'login', 'master', 'dragon', 'monkey', 'sunshine', 'princess', 'football', 'baseball', 'basketball', 'soccer',
    'superman', 'batman', 'starwars', 'pokemon', 'trustno', 'whatever', 'shadow', 'michael', 'jennifer', 'charlie', 'jordan', 'hunter', 'killer',
    'freedom', 'secret', 'default', 'changeme', 'test', 'testing', 'guest', 'user', 'hello', 'helloworld', 'abc', 'abcd', 'abcdef', 'qazwsx',
    'loveyou', 'lovely', 'flower', 'angel', 'computer', 'internet', 'google', 'facebook', 'taiwan', 'taipei', 'chinese', 'woaini', 'wojiushiwo',
    'aini', 'zhang', 'wang', 'chen', 'lin', 'huang', 'liu', 'correcthorsebatterystaple', 'openproposals', 'join',
  ].map((base) => base.toLowerCase()),
);

/** Keyboard rows and columns (US layout, which Taiwanese keyboards share), walked either way. */
const WALKS = [
  '`1234567890-=', 'qwertyuiop[]\\', "asdfghjkl;'", 'zxcvbnm,./', '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/-[\'=]',
  'qazwsxedcrfvtgbyhnujmikolp', 'zaq12wsxcde34rfvbgt56yhnmju78ik,.lo90p;/-[\'', 'abcdefghijklmnopqrstuvwxyz', '0123456789012345678901234567890',
];

const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };

const isWalk = (text: string): boolean =>
  text.length >= 4 && WALKS.some((walk) => walk.includes(text) || [...walk].reverse().join('').includes(text));

/** "abcabcabc", "1111", "abcabcab": one short unit over and over (the last copy may be cut short). */
const isRepetition = (text: string): boolean => {
  for (let size = 1; size <= 8 && size * 2 <= text.length; size += 1) {
    if (text.slice(0, size).repeat(Math.ceil(text.length / size)).startsWith(text)) return true;
  }
  return false;
};

/** The letters of a password with the digits and symbols people pad it with taken off both ends. */
const lettersCore = (text: string): string => text.replace(/^[^a-z]+|[^a-z]+$/g, '');

export const isGuessablePassword = (password: string): boolean => {
  const compact = password.toLowerCase().replace(/\s+/g, '');
  if (new Set(compact).size <= 3 || isRepetition(compact) || isWalk(compact)) return true;
  const unswap = (text: string): string => [...text].map((c) => LEET[c] ?? c).join('');
  const candidates = [lettersCore(compact), unswap(lettersCore(compact)), lettersCore(unswap(compact))];
  for (const candidate of candidates) {
    if (COMMON_BASES.has(candidate) || isWalk(candidate) || (candidate.length >= 6 && isRepetition(candidate))) return true;
    const unit = /^(.+?)\1+$/.exec(candidate)?.[1];
    if (unit !== undefined && COMMON_BASES.has(unit)) return true;
    // A word of at most three letters padded with digits ("a1234567890!") is guessed as a number.
    if (candidate.length <= 3 && compact.replace(/[^0-9]/g, '').length >= 6 && isRepetitionOrRun(compact.replace(/[^0-9]/g, ''))) return true;
  }
  // The padding itself may be the whole trick: "Aa" + "1234567890".
  const digits = compact.replace(/[^0-9]/g, '');
  return digits.length >= compact.length - 3 && isRepetitionOrRun(digits);
};

const isRepetitionOrRun = (digits: string): boolean => isRepetition(digits) || isWalk(digits);

/** The part of an address before the @, when it is long enough to be worth refusing inside a password. */
export const mailboxNameOf = (email: string): string | null => {
  const name = email.trim().toLowerCase().split('@')[0] ?? '';
  return name.length >= 4 ? name : null;
};
