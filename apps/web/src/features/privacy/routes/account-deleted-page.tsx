import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageTitle } from '../../../shared/ui/page-title';
import { useForgetSession } from '../hooks/use-privacy';

/** Where an erasure ends: public, since the session is gone. */
export const AccountDeletedPage = () => {
  const { t } = useTranslation();
  const erased = (useLocation().state as { erased?: unknown } | null)?.erased === true;
  const forgetSession = useForgetSession();
  // Only when arriving from an erasure: a signed-in visitor who opens this address keeps their session.
  useEffect(() => {
    if (erased) forgetSession();
  }, [erased, forgetSession]);
  return (
    <div className="narrow-page">
      <PageTitle page={t('privacy.deleted.title')} />
      <h1>{t('privacy.deleted.title')}</h1>
      <p role="status">{t('privacy.deleted.body')}</p>
      <p>
        <Link to="/">{t('privacy.deleted.home')}</Link>
      </p>
    </div>
  );
};
