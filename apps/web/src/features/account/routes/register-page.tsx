import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formErrorsOf } from '../../../shared/forms/field-errors';
import { FormAlert } from '../../../shared/forms/form-alert';
import { FormField } from '../../../shared/forms/form-field';
import { PageTitle } from '../../../shared/ui/page-title';
import { PasswordHints } from '../components/password-hints';
import { useRegister } from '../hooks/use-account-actions';

const FIELDS = ['displayName', 'email', 'password'];

export const RegisterPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const register = useRegister();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    register.mutate({ displayName, email, password }, { onSuccess: () => void navigate('/verify', { replace: true }) });
  };
  const { fields: errors, form } = formErrorsOf(register.error, FIELDS, { email_taken: 'email' });

  return (
    <div className="narrow-page">
      <PageTitle page={t('auth.register.title')} />
      <h1>{t('auth.register.title')}</h1>
      <p>{t('auth.register.lead')}</p>
      <form className="form card" onSubmit={submit} noValidate>
        <FormAlert message={form} />
        <FormField label={t('auth.fields.displayName')} error={errors.displayName} hint={t('auth.register.displayNameHint')}>
          {(props) => <input {...props} autoComplete="nickname" required maxLength={50} value={displayName} onChange={(e) => setDisplayName(e.target.value)} />}
        </FormField>
        <FormField label={t('auth.fields.email')} error={errors.email}>
          {(props) => <input {...props} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />}
        </FormField>
        <FormField label={t('auth.fields.newPassword')} error={errors.password} hint={<PasswordHints password={password} email={email} />}>
          {(props) => <input {...props} type="password" autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.target.value)} />}
        </FormField>
        <button type="submit" className="button" disabled={register.isPending} aria-busy={register.isPending}>
          {register.isPending ? t('auth.register.sending') : t('auth.register.submit')}
        </button>
      </form>
      <p>
        {t('auth.register.haveAccount')} <Link to="/login">{t('auth.register.login')}</Link>
      </p>
    </div>
  );
};
