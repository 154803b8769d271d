import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageTitle } from '../../../shared/ui/page-title';
import { StaffGate } from '../../staff/components/staff-gate';
import '../../staff/staff.css';
import { AgencySection } from '../components/agency-section';
import { CycleSettingsForm } from '../components/cycle-settings-form';
import { UsersSection } from '../components/users-section';
import { useCycleSettings, useSaveCycleSettings } from '../hooks/use-cycle-settings';

/** Served by the API next to the app (admin only), so a plain link, not a client route. */
const QUEUE_DASHBOARD = '/api/admin/queues';

const CycleSettingsSection = () => {
  const { t } = useTranslation();
  const query = useCycleSettings();
  const save = useSaveCycleSettings();
  if (query.isPending) return <LoadingState label={t('admin.cycle.loading')} />;
  if (query.isError) return <ErrorState message={t('admin.cycle.loadError')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  return (
    <CycleSettingsForm
      // A fresh form after each save, so it shows what the server stored.
      key={query.data.updatedAt}
      cycle={query.data}
      pending={save.isPending}
      error={save.error}
      saved={save.isSuccess}
      onSave={(change) => save.mutate(change)}
    />
  );
};

/** The administrator's screen: people and roles, agencies, participation-cycle settings and the background-job dashboard. */
export const AdminPage = () => {
  const { t } = useTranslation();
  return (
    <section className="section staff-page" aria-labelledby="admin-heading">
      <PageTitle page={t('admin.documentTitle')} />
      <h1 id="admin-heading">{t('admin.title')}</h1>
      <StaffGate role="admin">
        {() => (
          <>
            <UsersSection />
            <AgencySection />
            <CycleSettingsSection />
            <section className="staff-form" aria-labelledby="admin-queues-heading">
              <h2 id="admin-queues-heading">{t('admin.queues.title')}</h2>
              <p>{t('admin.queues.lead')}</p>
              <a className="button button--secondary" href={QUEUE_DASHBOARD}>
                {t('admin.queues.open')}
              </a>
            </section>
          </>
        )}
      </StaffGate>
    </section>
  );
};
