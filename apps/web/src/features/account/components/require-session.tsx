import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { useSession } from '../hooks/use-session';
import { loginPathFor } from './safe-next';

/** Wraps the signed-in pages: a visitor goes to /login?next=<this page> and comes back after signing in. */
export const RequireSession = () => {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();

  if (session.isPending) return <LoadingState label={t('auth.checking')} />;
  if (session.isError) {
    return <ErrorState message={t('auth.sessionError')} error={session.error} onRetry={() => void session.refetch()} retrying={session.isFetching} />;
  }
  if (session.data === null) return <Navigate to={loginPathFor(`${location.pathname}${location.search}`)} replace />;
  return <Outlet />;
};
