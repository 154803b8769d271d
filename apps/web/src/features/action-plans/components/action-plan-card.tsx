import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYearMonth } from '../../../shared/format-date';
import { localize, useLocale } from '../../../shared/i18n/use-locale';
import type { ActionPlanSummary } from '../api/action-plans-api';
import { PhaseBadge } from './phase-badge';

export const ActionPlanCard = ({ plan }: { readonly plan: ActionPlanSummary }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();

  return (
    <article className="card plan" aria-labelledby={headingId} data-testid="action-plan">
      <h3 id={headingId} className="plan__title">
        {localize(plan.title, locale)}
      </h3>
      <dl className="plan__facts">
        <div>
          <dt>{t('actionPlans.period')}</dt>
          <dd>
            {t('actionPlans.periodRange', {
              start: formatYearMonth(plan.periodStart, locale),
              end: formatYearMonth(plan.periodEnd, locale),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('actionPlans.phaseLabel')}</dt>
          <dd>
            <PhaseBadge phase={plan.phase} />
          </dd>
        </div>
      </dl>
      <h4 className="plan__areas-heading">{t('actionPlans.areas')}</h4>
      <ul className="plan__areas">
        {plan.areas.map((area) => (
          <li key={area.code} data-testid="area">
            {localize(area.title, locale)}
          </li>
        ))}
      </ul>
    </article>
  );
};
