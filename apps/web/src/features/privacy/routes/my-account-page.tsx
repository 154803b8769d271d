import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formErrorsOf } from '../../../shared/forms/field-errors';
import { FormAlert } from '../../../shared/forms/form-alert';
import { FormField } from '../../../shared/forms/form-field';
import { PageTitle } from '../../../shared/ui/page-title';
import { useSession } from '../../account/hooks/use-session';
import { DeleteAccountDialog } from '../components/delete-account-dialog';
import { ERASED, useDeleteAccount, useDownloadMyData } from '../hooks/use-privacy';

/** My account and privacy (個人資料保護法): a copy of my data, and deleting the account. Signed-in only. */
export const MyAccountPage = () => {
  const { t } = useTranslation();
  const account = useSession().data;
  const download = useDownloadMyData();
  const erase = useDeleteAccount();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [confirming, setConfirming] = useState(false);

  if (!account) return null;

  const ask = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    erase.reset();
    setConfirming(true);
  };
  // This page needs a session: the public confirmation forgets it once shown, or the sign-in
  // guard here would send the reader to log in.
  const confirm = () =>
    erase.mutate(password, {
      onSuccess: () => void navigate('/account-deleted', { replace: true, state: ERASED }),
      onError: () => setConfirming(false),
    });
  // A wrong password is about the field: it is said there.
  const { fields: errors, form } = formErrorsOf(erase.error, ['password'], { password_incorrect: 'password' });

  return (
    <div className="narrow-page">
      <PageTitle page={t('privacy.title')} />
      <h1>{t('privacy.title')}</h1>
      <section className="card" aria-labelledby="account-heading">
        <h2 id="account-heading">{t('privacy.account.heading')}</h2>
        <dl className="facts">
          <dt>{t('privacy.account.displayName')}</dt>
          <dd>{account.displayName}</dd>
          <dt>{t('privacy.account.email')}</dt>
          <dd>{account.email}</dd>
        </dl>
      </section>

      <section className="card" aria-labelledby="download-heading">
        <h2 id="download-heading">{t('privacy.download.heading')}</h2>
        <p>{t('privacy.download.lead')}</p>
        <button type="button" className="button" onClick={() => download.mutate()} disabled={download.isPending} aria-busy={download.isPending}>
          {download.isPending ? t('privacy.download.preparing') : t('privacy.download.button')}
        </button>
        {download.isSuccess && <p role="status">{t('privacy.download.done')}</p>}
        {download.isError && (
          <p className="notice notice--error" role="alert">
            {t('privacy.download.error')}
          </p>
        )}
      </section>

      <section className="card" aria-labelledby="delete-heading">
        <h2 id="delete-heading">{t('privacy.delete.heading')}</h2>
        <p>{t('privacy.delete.lead')}</p>
        <ul>
          <li>{t('privacy.delete.erased')}</li>
          <li>{t('privacy.delete.cosigns')}</li>
          <li>{t('privacy.delete.comments')}</li>
          <li>{t('privacy.delete.proposals')}</li>
          <li>{t('privacy.delete.sessions')}</li>
        </ul>
        <p>{t('privacy.delete.downloadFirst')}</p>
        <form className="form" onSubmit={ask} noValidate>
          <FormAlert message={form} />
          <FormField label={t('privacy.delete.password')} error={errors.password}>
            {(props) => (
              <input {...props} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
            )}
          </FormField>
          <button type="submit" className="button button--danger" disabled={password === '' || erase.isPending}>
            {t('privacy.delete.button')}
          </button>
        </form>
      </section>
      {confirming && <DeleteAccountDialog pending={erase.isPending} onConfirm={confirm} onCancel={() => setConfirming(false)} />}
    </div>
  );
};
