import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';

interface ErrorStateProps {
  readonly message: string;
  readonly error: Error;
  readonly onRetry: () => void;
  readonly retrying: boolean;
}

/** Says what failed, gives the server's request id for support, and offers a retry. */
export const ErrorState = ({ message, error, onRetry, retrying }: ErrorStateProps) => {
  const { t } = useTranslation();
  const requestId = error instanceof ApiError ? error.requestId : undefined;

  return (
    <div className="state state--error" role="alert">
      <p>{message}</p>
      {requestId && <p className="state__reference">{t('state.reference', { requestId })}</p>}
      <button type="button" className="button" onClick={onRetry} disabled={retrying} aria-busy={retrying}>
        {retrying ? t('state.retrying') : t('state.retry')}
      </button>
    </div>
  );
};
