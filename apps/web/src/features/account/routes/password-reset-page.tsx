import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formErrorsOf } from '../../../shared/forms/field-errors';
import { FormAlert } from '../../../shared/forms/form-alert';
import { FormField } from '../../../shared/forms/form-field';
import { PageTitle } from '../../../shared/ui/page-title';
import { CODE_ERROR_FIELDS } from '../components/code-form';
import { PasswordHints } from '../components/password-hints';
import { useRequestPasswordReset, useResetPassword } from '../hooks/use-account-actions';

/** Step 1 asks for the address (the answer never says whether it is registered); step 2 sets the new password. */
export const PasswordResetPage = () => {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const reset = useResetPassword();
  const [email, setEmail] = useState('');
  const [code, setCode] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const requestErrors = formErrorsOf(request.error, ['email']);
  const resetErrors = formErrorsOf(reset.error, ['code', 'newPassword'], CODE_ERROR_FIELDS);

  const ask = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    request.mutate(email);
  };
  const change = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset.mutate({ email, code: code.trim(), newPassword });
  };

  if (reset.isSuccess) {
    return (
      <div className="narrow-page">
        <PageTitle page={t('auth.reset.title')} />
        <h1>{t('auth.reset.title')}</h1>
        <p className="notice notice--success" role="status">
          {t('auth.reset.done')} <Link to="/login">{t('auth.reset.login')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="narrow-page">
      <PageTitle page={t('auth.reset.title')} />
      <h1>{t('auth.reset.title')}</h1>
      <form className="form card" onSubmit={ask} noValidate>
        <p>{t('auth.reset.lead')}</p>
        <FormAlert message={requestErrors.form} />
        <FormField label={t('auth.fields.email')} error={requestErrors.fields.email}>
          {(props) => (
            <input {...props} type="email" autoComplete="email" required readOnly={request.isSuccess} value={email} onChange={(e) => setEmail(e.target.value)} />
          )}
        </FormField>
        {!request.isSuccess && (
          <button type="submit" className="button" disabled={request.isPending} aria-busy={request.isPending}>
            {t('auth.reset.send')}
          </button>
        )}
      </form>
      {request.isSuccess && (
        <form className="form card" onSubmit={change} noValidate>
          <p role="status">{t('auth.reset.sent')}</p>
          <FormAlert message={resetErrors.form} />
          <FormField label={t('auth.reset.code')} error={resetErrors.fields.code} hint={t('auth.verify.codeHint')}>
            {(props) => (
              <input {...props} inputMode="numeric" autoComplete="one-time-code" maxLength={6} required value={code} onChange={(e) => setCode(e.target.value)} />
            )}
          </FormField>
          <FormField
            label={t('auth.fields.newPassword')}
            error={resetErrors.fields.newPassword}
            hint={
              <>
                <PasswordHints password={newPassword} email={email} />
                <p>{t('auth.reset.endsSessions')}</p>
              </>
            }
          >
            {(props) => (
              <input {...props} type="password" autoComplete="new-password" required value={newPassword} onChange={(e) => setNewPassword(e.target.value)} />
            )}
          </FormField>
          <button type="submit" className="button" disabled={reset.isPending} aria-busy={reset.isPending}>
            {t('auth.reset.submit')}
          </button>
        </form>
      )}
    </div>
  );
};
