import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../shared/i18n/use-locale';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import type { MeetingsWhen } from '../api/meetings-api';
import { useMeetings } from '../hooks/use-meetings';
import { formatMeetingDay } from './meeting-day';

/** Upcoming (soonest first) or past (latest first) meetings, a page at a time. */
export const MeetingList = ({ when }: { readonly when: MeetingsWhen }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [page, setPage] = useState(1);
  const query = useMeetings(when, page);

  const body = () => {
    if (query.isPending) return <LoadingState label={t('taskforce.meetings.loading')} />;
    if (query.isError) return <ErrorState message={t('taskforce.meetings.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
    if (query.data.items.length === 0) return <EmptyState message={t(`taskforce.meetings.empty.${when}`)} />;
    const last = Math.max(1, Math.ceil(query.data.total / query.data.pageSize));
    return (
      <>
        <ul className="staff-list" aria-busy={query.isFetching} data-testid={`meetings-${when}`}>
          {query.data.items.map((m) => (
            <li key={m.id} className="staff-card" data-testid="meeting">
              <h4>
                <Link to={`/taskforce/meetings/${m.id}`}>{m.title}</Link>
              </h4>
              <p>
                {formatMeetingDay(m.heldOn, locale)}
                <br />
                {t('taskforce.meetings.agendaItems', { count: m.agendaItems })}
              </p>
            </li>
          ))}
        </ul>
        {last > 1 && (
          <nav className="staff-actions" aria-label={t(`taskforce.meetings.pages.${when}`)}>
            <button type="button" className="button button--secondary" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
              {t('pagination.previous')}
            </button>
            <span aria-live="polite">{t('taskforce.meetings.pageOf', { page, last })}</span>
            <button type="button" className="button button--secondary" disabled={page >= last} onClick={() => setPage((p) => p + 1)}>
              {t('pagination.next')}
            </button>
          </nav>
        )}
      </>
    );
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t(`taskforce.meetings.${when}`)}</h3>
      {body()}
    </section>
  );
};
