import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageTitle } from '../../../shared/ui/page-title';
import { StaffGate } from '../../staff/components/staff-gate';
import '../../staff/staff.css';
import { InboxCard } from '../components/inbox-card';
import { MeetingList } from '../components/meeting-list';
import { MeetingPlanForm } from '../components/meeting-plan-form';
import { useInbox } from '../hooks/use-taskforce';

const Inbox = () => {
  const { t } = useTranslation();
  const query = useInbox();
  if (query.isPending) return <LoadingState label={t('taskforce.inbox.loading')} />;
  if (query.isError) return <ErrorState message={t('taskforce.inbox.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  if (query.data.items.length === 0) return <EmptyState message={t('taskforce.inbox.empty')} />;
  return (
    <ul className="staff-list" aria-busy={query.isFetching}>
      {query.data.items.map((item) => (
        <InboxCard key={item.reviewItemId} item={item} />
      ))}
    </ul>
  );
};

/** Meetings to come and held ones, and the form to plan the next. */
const Meetings = () => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="meetings-heading">
      <h2 id="meetings-heading">{t('taskforce.meetings.title')}</h2>
      <MeetingList when="upcoming" />
      <MeetingPlanForm />
      <MeetingList when="past" />
    </section>
  );
};

/** The task force's screen: routed proposals waiting for a decision (oldest first) and its meetings. */
export const TaskforcePage = () => {
  const { t } = useTranslation();
  return (
    <section className="section staff-page" aria-labelledby="taskforce-heading">
      <PageTitle page={t('taskforce.documentTitle')} />
      <h1 id="taskforce-heading">{t('taskforce.title')}</h1>
      <p>{t('taskforce.lead')}</p>
      <StaffGate role="task_force_member">
        {() => (
          <>
            <section aria-labelledby="inbox-heading">
              <h2 id="inbox-heading">{t('taskforce.inbox.title')}</h2>
              <Inbox />
            </section>
            <Meetings />
          </>
        )}
      </StaffGate>
    </section>
  );
};
