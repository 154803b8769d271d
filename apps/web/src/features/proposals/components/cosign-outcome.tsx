import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ApiError } from '../../../shared/api/api-error';
import { loginPathFor } from '../../account/components/safe-next';

/** What went wrong with a co-sign, in words the reader can act on. */
export const CosignFailure = ({ error }: { readonly error: Error }) => {
  const { t } = useTranslation();
  const location = useLocation();
  const status = error instanceof ApiError ? error.status : 0;
  const code = error instanceof ApiError ? error.code : '';

  if (status === 401) {
    return (
      <p className="notice notice--error" role="alert">
        {t('proposal.cosign.signInNeeded')} <Link to={loginPathFor(location.pathname)}>{t('proposal.cosign.signIn')}</Link>
      </p>
    );
  }
  if (status === 403 && code === 'cosign.tier_required') {
    return (
      <p className="notice notice--error" role="alert">
        {t('proposal.cosign.verifyPhone')}
      </p>
    );
  }
  if (status === 403 || status === 409) {
    return (
      <p className="notice notice--error" role="alert">
        {t('proposal.cosign.refused')} {error.message}
      </p>
    );
  }
  // Too many attempts, a busy platform or a brief outage: the server's own words (in the
  // reader's language) say whether anything was saved and when to try again, which the generic
  // "not sent, try later" would get wrong for an outage after the commit.
  if ((status === 429 || status === 503) && error.message !== '') {
    return (
      <p className="notice notice--error" role="alert">
        {error.message}
      </p>
    );
  }
  return (
    <p className="notice notice--error" role="alert">
      {t('proposal.cosign.failed')}
    </p>
  );
};
