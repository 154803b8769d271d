import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/format-date';
import { useLocale } from '../../../shared/i18n/use-locale';
import type { InboxItem } from '../api/taskforce-api';
import { useDecide } from '../hooks/use-taskforce';
import { DecisionForm } from './decision-form';

/** One routed proposal waiting for the task force, with its decision form on demand. */
export const InboxCard = ({ item }: { readonly item: InboxItem }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const decide = useDecide(item.reviewItemId);
  const headingId = `review-${item.reviewItemId}`;
  return (
    <li className="staff-card" data-testid="inbox-item" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link to={`/proposals/${item.proposal.id}`}>{item.proposal.title}</Link>
      </h3>
      <p>
        {t('taskforce.inbox.opened', { when: formatDateTime(item.openedAt, locale) })}
        <br />
        {t('taskforce.inbox.cosigns', { cosigns: item.proposal.cosignCount })}
      </p>
      <button type="button" className="button" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
        {t('taskforce.inbox.decide')}
      </button>
      {open && <DecisionForm title={item.proposal.title} pending={decide.isPending} error={decide.error} onDecide={(d) => decide.mutate(d, { onSuccess: () => setOpen(false) })} />}
    </li>
  );
};
