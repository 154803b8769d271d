import { DECISION_OUTCOMES, type DecisionOutcome } from '@open-proposals/domain';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format-date';
import { useLocale } from '../../../shared/i18n/use-locale';
import type { ProposalDetail } from '../../proposals/api/proposals-api';

const isOutcome = (value: string): value is DecisionOutcome => DECISION_OUTCOMES.some((outcome) => outcome === value);

/** The task force's decision on a routed proposal, with its public rationale. */
export const TaskforceDecision = ({ decision }: { readonly decision: NonNullable<ProposalDetail['decision']> }) => {
  const { t } = useTranslation();
  const locale = useLocale();

  return (
    <section className="proposal__section" aria-labelledby="decision-heading" data-testid="taskforce-decision">
      <h2 id="decision-heading">{t('agencies.decision.heading')}</h2>
      <p>
        <strong>{isOutcome(decision.outcome) ? t(`agencies.decision.outcome.${decision.outcome}`) : decision.outcome}</strong>
        {' · '}
        <time dateTime={decision.decidedAt}>{formatDate(decision.decidedAt, locale)}</time>
      </p>
      {decision.rationale && <p className="plain-text">{decision.rationale}</p>}
    </section>
  );
};
