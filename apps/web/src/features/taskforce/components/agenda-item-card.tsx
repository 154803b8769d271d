import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgendaItem } from '../api/meetings-api';
import { useRefreshAfterDecision } from '../hooks/use-meetings';
import { useDecide } from '../hooks/use-taskforce';
import { DecisionForm } from './decision-form';

/** One agenda line. A routed proposal still open can be decided right here, during the meeting. */
export const AgendaItemCard = ({ meetingId, item }: { readonly meetingId: string; readonly item: AgendaItem }) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const decide = useDecide(item.reviewItemId ?? '');
  const refresh = useRefreshAfterDecision(meetingId);
  const headingId = `agenda-${item.id}`;
  const link = item.proposalId !== null ? `/proposals/${item.proposalId}` : item.commitmentId !== null ? `/commitments/${item.commitmentId}` : null;
  const kind = item.reviewItemId !== null ? 'proposal' : 'commitment';

  return (
    <li className="staff-card" data-testid="agenda-item" aria-labelledby={headingId}>
      <p className="field-hint">{t(`taskforce.meeting.kind.${kind}`, { position: item.position })}</p>
      <h3 id={headingId}>{link === null ? item.title : <Link to={link}>{item.title}</Link>}</h3>
      {item.reviewStatus === 'decided' && (
        <p>
          <span className="badge badge--adopted">{t('taskforce.meeting.decided')}</span>
        </p>
      )}
      {item.reviewStatus === 'open' && (
        <>
          <button type="button" className="button" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
            {t('taskforce.inbox.decide')}
          </button>
          {open && (
            <DecisionForm
              title={item.title}
              pending={decide.isPending}
              error={decide.error}
              onDecide={(d) =>
                decide.mutate(d, {
                  onSuccess: () => {
                    setOpen(false);
                    refresh();
                  },
                })
              }
            />
          )}
        </>
      )}
    </li>
  );
};
