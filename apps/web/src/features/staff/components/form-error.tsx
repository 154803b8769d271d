import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/api-error';

/** The request failed as a whole: the server's message (localized), or a generic one when it was not reached. */
export const FormError = ({ error }: { readonly error: unknown }) => {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  const message = error instanceof ApiError && error.status > 0 ? error.message : t('staff.requestFailed');
  return (
    <p className="field-hint field-hint--error" role="alert">
      {message}
    </p>
  );
};
