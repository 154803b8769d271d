import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format-date';
import { useLocale } from '../../../shared/i18n/use-locale';
import type { TimelineEntry } from '../api/proposals-api';

/** Audit actions with a public label (libs/domain proposal.audit.ts); others fall back to a generic one. */
const ACTION_KEYS = {
  'proposal.submit': 'proposal.timeline.actions.submit',
  'proposal.publish': 'proposal.timeline.actions.publish',
  'proposal.reach_threshold': 'proposal.timeline.actions.reach_threshold',
  'proposal.close_cosigning': 'proposal.timeline.actions.close_cosigning',
  'proposal.expire': 'proposal.timeline.actions.expire',
  'proposal.route': 'proposal.timeline.actions.route',
  'proposal.decide': 'proposal.timeline.actions.decide',
  'proposal.mark_duplicate': 'proposal.timeline.actions.mark_duplicate',
  'proposal.return': 'proposal.timeline.actions.return',
  'proposal.reject': 'proposal.timeline.actions.reject',
  'agency_response.submit': 'proposal.timeline.actions.agency_answer',
  'agency_response.extend': 'proposal.timeline.actions.agency_extension',
} as const;

const isKnownAction = (action: string): action is keyof typeof ACTION_KEYS => action in ACTION_KEYS;

export const ProposalTimeline = ({ entries }: { readonly entries: readonly TimelineEntry[] }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  if (entries.length === 0) return <p>{t('proposal.timeline.empty')}</p>;

  return (
    <ol className="timeline">
      {entries.map((entry) => (
        <li key={`${entry.action}-${entry.at}`} data-testid="timeline-entry">
          <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
          <span className="timeline__action">
            {isKnownAction(entry.action) ? t(ACTION_KEYS[entry.action]) : t('proposal.timeline.actions.other', { action: entry.action })}
          </span>
          {entry.reason && <span className="timeline__reason">{entry.reason}</span>}
        </li>
      ))}
    </ol>
  );
};
