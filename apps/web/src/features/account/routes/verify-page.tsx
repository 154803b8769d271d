import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../shared/ui/page-title';
import { CodeForm } from '../components/code-form';
import { PhoneVerification } from '../components/phone-verification';
import { TierSummary } from '../components/tier-summary';
import { useConfirmEmail, useResendEmailCode } from '../hooks/use-account-actions';
import { useSession } from '../hooks/use-session';

/** Signed-in only (RequireSession): the emailed code first, then optionally a mobile number. */
export const VerifyPage = () => {
  const { t } = useTranslation();
  const account = useSession().data;
  const confirm = useConfirmEmail();
  const resend = useResendEmailCode();
  if (!account) return null;
  const tier = account.verificationTier;

  return (
    <div className="narrow-page">
      <PageTitle page={t('auth.verify.title')} />
      <h1>{t('auth.verify.title')}</h1>
      <TierSummary tier={tier} />
      {tier === 'none' && (
        <section className="card" aria-labelledby="email-heading">
          <h2 id="email-heading">{t('auth.verify.emailHeading')}</h2>
          <p>{t('auth.verify.emailLead', { email: account.email })}</p>
          <CodeForm label={t('auth.verify.emailCode')} pending={confirm.isPending} error={confirm.error} onSubmit={(code) => confirm.mutate(code)} />
          <p>
            <button type="button" className="button button--secondary" onClick={() => resend.mutate()} disabled={resend.isPending}>
              {t('auth.verify.resendEmail')}
            </button>
          </p>
          {resend.isSuccess && (
            <p className="notice notice--success" role="status">
              {t('auth.verify.emailSent')}
            </p>
          )}
          {resend.isError && (
            <p className="notice notice--error" role="alert">
              {resend.error.message}
            </p>
          )}
        </section>
      )}
      {tier === 'email' && <PhoneVerification />}
      {tier === 'phone' && (
        <p className="notice notice--success" role="status">
          {t('auth.verify.allDone')} <Link to="/submit">{t('auth.verify.startProposal')}</Link>
        </p>
      )}
    </div>
  );
};
