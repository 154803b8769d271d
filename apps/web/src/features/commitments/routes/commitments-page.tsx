import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatYearMonth } from '../../../shared/format-date';
import { localize, useLocale } from '../../../shared/i18n/use-locale';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageTitle } from '../../../shared/ui/page-title';
import type { ActionPlanSummary } from '../../action-plans/api/action-plans-api';
import { PhaseBadge } from '../../action-plans/components/phase-badge';
import { useActionPlans } from '../../action-plans/hooks/use-action-plans';
import { OriginSummary } from '../components/origin-summary';
import { PlanCommitments } from '../components/plan-commitments';
import { useActionPlan, usePlanCommitments } from '../hooks/use-commitments';

/** Links to the other plans; the current one is marked for screen readers too. */
const PlanPicker = ({ plans, current }: { readonly plans: readonly ActionPlanSummary[]; readonly current: string }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  if (plans.length < 2) return null;
  return (
    <nav aria-label={t('commitments.planPicker')} className="plan-picker">
      <ul>
        {plans.map((plan) => (
          <li key={plan.code}>
            <Link to={`/commitments?plan=${encodeURIComponent(plan.code)}`} aria-current={plan.code === current ? 'page' : undefined}>
              {localize(plan.title, locale)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
};

const PlanBody = ({ plan }: { readonly plan: ActionPlanSummary }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const detail = useActionPlan(plan.code);
  const commitments = usePlanCommitments(plan.code);

  return (
    <div aria-busy={commitments.isFetching}>
      <h2 className="plan-heading">{localize(plan.title, locale)}</h2>
      <p className="plan-heading__facts">
        {t('actionPlans.periodRange', { start: formatYearMonth(plan.periodStart, locale), end: formatYearMonth(plan.periodEnd, locale) })}{' '}
        <PhaseBadge phase={plan.phase} />
      </p>
      {commitments.isPending && <LoadingState label={t('commitments.loading')} />}
      {commitments.isError && (
        <ErrorState message={t('commitments.error')} error={commitments.error} onRetry={() => void commitments.refetch()} retrying={commitments.isFetching} />
      )}
      {commitments.data && commitments.data.items.length === 0 && <EmptyState message={t('commitments.empty')} />}
      {commitments.data && commitments.data.items.length > 0 && (
        <>
          <OriginSummary summary={detail.data?.originSummary} items={commitments.data.items} />
          <PlanCommitments plan={plan} items={commitments.data.items} />
        </>
      )}
    </div>
  );
};

/** The commitments tracker: plan → areas → commitments, with origin and tracking at a glance. */
export const CommitmentsPage = () => {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const plans = useActionPlans();
  const items = plans.data?.items ?? [];
  const plan = items.find((candidate) => candidate.code === params.get('plan')) ?? items[0];

  return (
    <section className="section" aria-labelledby="commitments-heading">
      <PageTitle page={t('commitments.documentTitle')} />
      <h1 id="commitments-heading">{t('commitments.title')}</h1>
      <p>{t('commitments.lead')}</p>
      {plans.isPending && <LoadingState label={t('actionPlans.loading')} />}
      {plans.isError && <ErrorState message={t('actionPlans.error')} error={plans.error} onRetry={() => void plans.refetch()} retrying={plans.isFetching} />}
      {plans.data && plan === undefined && <EmptyState message={t('actionPlans.empty')} />}
      {plan && (
        <>
          <PlanPicker plans={items} current={plan.code} />
          <PlanBody key={plan.code} plan={plan} />
        </>
      )}
    </section>
  );
};
