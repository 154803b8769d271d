import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../shared/api/api-error';
import { useLocale } from '../../../shared/i18n/use-locale';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageTitle } from '../../../shared/ui/page-title';
import { StaffGate } from '../../staff/components/staff-gate';
import '../../staff/staff.css';
import { AddAgendaItemForm } from '../components/add-agenda-item-form';
import { AgendaItemCard } from '../components/agenda-item-card';
import { FillAgendaButton } from '../components/fill-agenda-button';
import { formatMeetingDay } from '../components/meeting-day';
import { useMeeting } from '../hooks/use-meetings';

const MeetingDetail = ({ id }: { readonly id: string }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const query = useMeeting(id);
  if (query.isPending) return <LoadingState label={t('taskforce.meeting.loading')} />;
  if (query.isError) {
    if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) return <EmptyState message={t('taskforce.meeting.notFound')} />;
    return <ErrorState message={t('taskforce.meeting.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  const meeting = query.data;
  return (
    <>
      <p className="meeting-heading" data-testid="meeting-title">
        <strong>{meeting.title}</strong>
        <br />
        {t('taskforce.meeting.heldOn', { day: formatMeetingDay(meeting.heldOn, locale) })}
      </p>
      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">{t('taskforce.meeting.agenda')}</h2>
        {meeting.agenda.length === 0 ? (
          <EmptyState message={t('taskforce.meeting.emptyAgenda')} />
        ) : (
          <ol className="staff-list">
            {meeting.agenda.map((item) => (
              <AgendaItemCard key={item.id} meetingId={meeting.id} item={item} />
            ))}
          </ol>
        )}
      </section>
      <FillAgendaButton meeting={meeting} />
      <AddAgendaItemForm meeting={meeting} />
    </>
  );
};

/** One task-force meeting: its agenda, decisions taken from it, and the tools to prepare it. */
export const MeetingPage = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <section className="section staff-page" aria-labelledby="meeting-page-heading">
      <PageTitle page={t('taskforce.meeting.documentTitle')} />
      <p>
        <Link to="/taskforce">{t('taskforce.meeting.back')}</Link>
      </p>
      <h1 id="meeting-page-heading">{t('taskforce.meeting.title')}</h1>
      <StaffGate role="task_force_member">{() => <MeetingDetail id={id} />}</StaffGate>
    </section>
  );
};
