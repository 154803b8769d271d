import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format-date';
import { useLocale } from '../../../shared/i18n/use-locale';
import { PlainText } from '../../proposals/components/plain-text';
import type { QueuedProposal, RejectReason } from '../api/moderation-api';
import { useModerationDecision } from '../hooks/use-moderation';
import { DecisionDialog, type DecisionKind } from './decision-dialog';

const KINDS: readonly DecisionKind[] = ['publish', 'return', 'reject', 'duplicate'];

interface QueuedProposalCardProps {
  readonly item: QueuedProposal;
  readonly reasons: readonly RejectReason[];
}

/** One submission: its review clock, its full text on demand, and the four decisions. */
export const QueuedProposalCard = ({ item, reasons }: QueuedProposalCardProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const [open, setOpen] = useState<DecisionKind | null>(null);
  const decision = useModerationDecision(item.id);
  const overdue = item.clock?.overdue === true;
  const headingId = `queued-${item.id}`;

  return (
    <li className={overdue ? 'staff-card staff-card--overdue' : 'staff-card'} data-testid="queued-proposal" aria-labelledby={headingId}>
      <h3 id={headingId}>{item.content.title}</h3>
      {item.clock && (
        <p>
          {t('moderation.queue.submitted', { when: formatDateTime(item.clock.submittedAt, locale) })}
          <br />
          <span className={overdue ? 'staff-overdue' : undefined}>
            {t(overdue ? 'moderation.queue.overdueSince' : 'moderation.queue.due', { when: formatDateTime(item.clock.dueAt, locale) })}
          </span>
        </p>
      )}
      <details>
        <summary>{t('moderation.queue.details')}</summary>
        <h4>{t('moderation.queue.background')}</h4>
        <PlainText text={item.content.background} />
        <h4>{t('moderation.queue.proposal')}</h4>
        <PlainText text={item.content.proposal} />
        <h4>{t('moderation.queue.benefits')}</h4>
        <PlainText text={item.content.expectedBenefits} />
      </details>
      <div className="staff-actions">
        {KINDS.map((kind) => (
          <button key={kind} type="button" className={kind === 'publish' ? 'button' : 'button button--secondary'} onClick={() => { decision.reset(); setOpen(kind); }}>
            {t(`moderation.decision.${kind}.open`)}
          </button>
        ))}
      </div>
      {open !== null && (
        <DecisionDialog
          kind={open}
          proposalId={item.id}
          title={item.content.title}
          reasons={reasons}
          pending={decision.isPending}
          error={decision.error}
          onClose={() => setOpen(null)}
          onDecide={(d) => decision.mutate(d, { onSuccess: () => setOpen(null) })}
        />
      )}
    </li>
  );
};
