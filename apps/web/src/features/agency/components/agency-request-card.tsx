import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/format-date';
import { useLocale } from '../../../shared/i18n/use-locale';
import type { AgencyRequest } from '../api/agency-api';
import { useExtend, useRespond } from '../hooks/use-agency-requests';
import { ExtensionForm } from './extension-form';
import { ResponseEditor } from './response-editor';

type Panel = 'respond' | 'extend' | null;

/** One routed request: its due date, and the answer or extension forms while it is open. */
export const AgencyRequestCard = ({ request }: { readonly request: AgencyRequest }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const [panel, setPanel] = useState<Panel>(null);
  const respond = useRespond(request.id);
  const extend = useExtend(request.id);
  // The server's judgement, on its clock: an unanswered request past its due date.
  const overdue = request.timeliness === 'overdue';
  const headingId = `request-${request.id}`;

  return (
    <li className={overdue ? 'staff-card staff-card--overdue' : 'staff-card'} data-testid="agency-request" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link to={`/proposals/${request.proposalId}`}>{request.proposalTitle}</Link>
      </h3>
      <p>
        <span className={overdue ? 'staff-overdue' : undefined}>
          {t(overdue ? 'agency.request.overdue' : 'agency.request.due', { when: formatDateTime(request.dueAt, locale) })}
        </span>
        <br />
        {t(request.status === 'answered' ? 'agency.request.answered' : 'agency.request.open')}
        {request.extensionCount > 0 && <> · {t('agency.request.extended', { times: request.extensionCount })}</>}
      </p>
      {request.status === 'requested' && (
        <div className="staff-actions">
          <button type="button" className="button" aria-expanded={panel === 'respond'} onClick={() => setPanel(panel === 'respond' ? null : 'respond')}>
            {t('agency.request.respond')}
          </button>
          <button type="button" className="button button--secondary" aria-expanded={panel === 'extend'} onClick={() => setPanel(panel === 'extend' ? null : 'extend')}>
            {t('agency.request.extend')}
          </button>
        </div>
      )}
      {request.status === 'requested' && panel === 'respond' && (
        <ResponseEditor proposalTitle={request.proposalTitle} pending={respond.isPending} error={respond.error} onSubmit={(points) => respond.mutate(points, { onSuccess: () => setPanel(null) })} />
      )}
      {request.status === 'requested' && panel === 'extend' && (
        <ExtensionForm pending={extend.isPending} error={extend.error} onSubmit={(reason, newDueAt) => extend.mutate({ reason, newDueAt }, { onSuccess: () => setPanel(null) })} />
      )}
    </li>
  );
};
