import { DEFAULT_PARTICIPATION_RULES, reviewDueAt } from '@open-proposals/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format-date';
import { useLocale } from '../../../shared/i18n/use-locale';

/**
 * When the moderators' decision is due: the default number of working days after submission.
 * The API does not send the cycle's rule or its holidays yet, so this is the default rule's date.
 */
export const ReviewClock = ({ submittedAt }: { readonly submittedAt: string }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const due = reviewDueAt(new Date(submittedAt), DEFAULT_PARTICIPATION_RULES);
  // `due` is the exclusive end of the last working day; people name that day itself.
  const lastDay = new Date(due.getTime() - 1);
  // Read once per mount: a review clock moves in days, not while the page is open.
  const [now] = useState(() => Date.now());
  const overdue = now >= due.getTime();
  return (
    <p className="review-clock" data-testid="review-clock">
      {t('me.proposals.submittedOn', { date: formatDate(submittedAt, locale) })}{' '}
      {overdue
        ? t('me.proposals.reviewOverdue', { date: formatDate(lastDay, locale) })
        : t('me.proposals.reviewDue', { date: formatDate(lastDay, locale), days: DEFAULT_PARTICIPATION_RULES.reviewWorkingDays })}
    </p>
  );
};
