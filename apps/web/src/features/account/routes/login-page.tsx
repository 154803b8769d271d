import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { formErrorsOf } from '../../../shared/forms/field-errors';
import { FormAlert } from '../../../shared/forms/form-alert';
import { FormField } from '../../../shared/forms/form-field';
import { PageTitle } from '../../../shared/ui/page-title';
import { safeNext } from '../components/safe-next';
import { useLogin, useSession } from '../hooks/use-session';

export const LoginPage = () => {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const session = useSession();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (session.data && !login.isSuccess) return <Navigate to={next} replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    login.mutate({ email, password }, { onSuccess: () => void navigate(next, { replace: true }) });
  };
  const { fields: errors, form } = formErrorsOf(login.error, ['email', 'password']);

  return (
    <div className="narrow-page">
      <PageTitle page={t('auth.login.title')} />
      <h1>{t('auth.login.title')}</h1>
      <form className="form card" onSubmit={submit} noValidate>
        <FormAlert message={form} />
        <FormField label={t('auth.fields.email')} error={errors.email}>
          {(props) => <input {...props} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />}
        </FormField>
        <FormField label={t('auth.fields.password')} error={errors.password}>
          {(props) => (
            <input {...props} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          )}
        </FormField>
        <button type="submit" className="button" disabled={login.isPending} aria-busy={login.isPending}>
          {login.isPending ? t('auth.login.sending') : t('auth.login.submit')}
        </button>
      </form>
      <p>
        <Link to="/password-reset">{t('auth.login.forgot')}</Link>
      </p>
      <p>
        {t('auth.login.noAccount')} <Link to={`/register${params.get('next') ? `?next=${encodeURIComponent(next)}` : ''}`}>{t('auth.login.register')}</Link>
      </p>
    </div>
  );
};
