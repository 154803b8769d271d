import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageTitle } from '../../../shared/ui/page-title';
import { StaffGate } from '../../staff/components/staff-gate';
import '../../staff/staff.css';
import { AgencyRequestCard } from '../components/agency-request-card';
import { useAgencyRequests } from '../hooks/use-agency-requests';

const AgencyRequests = () => {
  const { t } = useTranslation();
  const query = useAgencyRequests();
  if (query.isPending) return <LoadingState label={t('agency.loading')} />;
  if (query.isError) return <ErrorState message={t('agency.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  if (query.data.items.length === 0) return <EmptyState message={t('agency.empty')} />;
  return (
    <ul className="staff-list" aria-busy={query.isFetching}>
      {query.data.items.map((request) => (
        <AgencyRequestCard key={request.id} request={request} />
      ))}
    </ul>
  );
};

/** The agency officer's screen: requests routed to their agency, soonest due first. */
export const AgencyPage = () => {
  const { t } = useTranslation();
  return (
    <section className="section staff-page" aria-labelledby="agency-heading">
      <PageTitle page={t('agency.documentTitle')} />
      <h1 id="agency-heading">{t('agency.title')}</h1>
      <p>{t('agency.lead')}</p>
      <StaffGate role="agency_officer">{() => <AgencyRequests />}</StaffGate>
    </section>
  );
};
