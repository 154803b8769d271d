import { useTranslation } from 'react-i18next';

/** Mirrors the API's policy (apps/api/src/accounts/password.policy.ts); the server still decides. */
export const PASSWORD_MIN_LENGTH = 12;
const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

export const passwordRules = (password: string, email: string) => ({
  length: password.length >= PASSWORD_MIN_LENGTH,
  kinds: CLASSES.filter((pattern) => pattern.test(password)).length >= 2,
  notEmail: password === '' || password.trim().toLowerCase() !== email.trim().toLowerCase(),
});

interface PasswordHintsProps {
  readonly password: string;
  readonly email: string;
}

/** The policy as a checklist that ticks itself while the person types. */
export const PasswordHints = ({ password, email }: PasswordHintsProps) => {
  const { t } = useTranslation();
  const rules = passwordRules(password, email);
  return (
    <ul className="password-hints">
      {(['length', 'kinds', 'notEmail'] as const).map((rule) => (
        <li key={rule} data-met={rules[rule] && password !== ''}>
          <span aria-hidden="true">{rules[rule] && password !== '' ? '✓' : '•'}</span> {t(`auth.password.rules.${rule}`, { min: PASSWORD_MIN_LENGTH })}
          {rules[rule] && password !== '' && <span className="visually-hidden">{t('auth.password.met')}</span>}
        </li>
      ))}
    </ul>
  );
};
