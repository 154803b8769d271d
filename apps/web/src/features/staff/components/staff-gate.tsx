import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { loginPathFor } from '../../account/components/safe-next';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import type { SessionAccount, StaffRoleKind } from '../api/staff-api';
import { useStaffSession } from '../hooks/use-staff-session';

interface StaffGateProps {
  readonly role: StaffRoleKind;
  readonly children: (account: SessionAccount) => ReactNode;
}

/** Shows a staff screen to holders of `role`; others get a sign-in link or a plain "no access". */
export const StaffGate = ({ role, children }: StaffGateProps) => {
  const { t } = useTranslation();
  const access = useStaffSession(role);
  const location = useLocation();
  switch (access.state) {
    case 'loading':
      return <LoadingState label={t('staff.checking')} />;
    case 'error':
      return <ErrorState message={t('staff.sessionError')} error={access.error} onRetry={access.retry} retrying={access.retrying} />;
    case 'signed_out':
      return (
        <div className="state" role="status">
          <p>{t('staff.signInNeeded')}</p>
          <Link className="button" to={loginPathFor(location.pathname)}>
            {t('staff.signIn')}
          </Link>
        </div>
      );
    case 'no_access':
      return (
        <p className="state" role="status">
          {t('staff.noAccess')}
        </p>
      );
    case 'allowed':
      return <>{children(access.account)}</>;
  }
};
