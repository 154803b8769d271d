import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/format-date';
import { localize, useLocale } from '../../../shared/i18n/use-locale';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PlainText } from '../../proposals/components/plain-text';
import type { ProposalResponse } from '../api/agencies-api';
import { useProposalResponses } from '../hooks/use-agencies';
import { TimelinessBadge } from './timeliness-badge';

const ResponseCard = ({ item }: { readonly item: ProposalResponse }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  const name = item.agency ? localize(item.agency.name, locale) : t('agencies.responses.unknownAgency');

  return (
    <li className="card agency-response" aria-labelledby={headingId} data-testid="agency-response">
      <h3 id={headingId}>
        <Link to={`/agencies/${item.agencyId}`}>{name}</Link>
      </h3>
      <p className="agency-response__meta">
        <TimelinessBadge timeliness={item.timeliness} /> {t('agencies.responses.due', { date: formatDate(item.dueAt, locale) })}
      </p>
      {item.extensions.length > 0 && (
        <ul className="agency-response__extensions">
          {item.extensions.map((extension) => (
            <li key={extension.grantedAt}>
              {t('agencies.responses.extension', {
                from: formatDate(extension.previousDueAt, locale),
                to: formatDate(extension.newDueAt, locale),
                reason: extension.reason,
              })}
            </li>
          ))}
        </ul>
      )}
      {item.response === null ? (
        <p>{t('agencies.responses.awaiting')}</p>
      ) : (
        <>
          <p>{t('agencies.responses.answeredOn', { date: formatDate(item.response.submittedAt, locale) })}</p>
          <ol className="response-points">
            {item.response.points.map((point, index) => (
              <li key={index}>
                {point.heading && <h4>{point.heading}</h4>}
                <PlainText text={point.body} />
              </li>
            ))}
          </ol>
        </>
      )}
    </li>
  );
};

/** The responsible agencies' point-by-point answers on the proposal page. */
export const AgencyResponses = ({ proposalId }: { readonly proposalId: string }) => {
  const { t } = useTranslation();
  const query = useProposalResponses(proposalId);

  return (
    <section className="proposal__section" aria-labelledby="agency-responses-heading" data-testid="agency-responses">
      <h2 id="agency-responses-heading">{t('agencies.responses.heading')}</h2>
      {query.isPending && <LoadingState label={t('agencies.responses.loading')} />}
      {query.isError && <ErrorState message={t('agencies.responses.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />}
      {query.data && query.data.length === 0 && <p>{t('agencies.responses.empty')}</p>}
      {query.data && query.data.length > 0 && (
        <ul className="agency-responses">
          {query.data.map((item) => (
            <ResponseCard key={item.requestId} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
};
