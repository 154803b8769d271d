import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { useActionPlans } from '../hooks/use-action-plans';
import { ActionPlanCard } from './action-plan-card';

type ActionPlansQuery = ReturnType<typeof useActionPlans>;

const ActionPlanListBody = ({ query }: { readonly query: ActionPlansQuery }) => {
  const { t } = useTranslation();

  if (query.isPending) return <LoadingState label={t('actionPlans.loading')} />;
  if (query.isError) {
    return (
      <ErrorState
        message={t('actionPlans.error')}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  if (query.data.items.length === 0) return <EmptyState message={t('actionPlans.empty')} />;
  return (
    <div className="plan-list">
      {query.data.items.map((plan) => (
        <ActionPlanCard key={plan.code} plan={plan} />
      ))}
    </div>
  );
};

/** The published national action plans with their areas, or the loading, empty or error state. */
export const ActionPlanList = () => {
  const { t } = useTranslation();
  const query = useActionPlans();

  return (
    <section className="section" aria-labelledby="action-plans-heading" aria-busy={query.isPending} data-testid="action-plans">
      <h2 id="action-plans-heading">{t('actionPlans.heading')}</h2>
      <ActionPlanListBody query={query} />
    </section>
  );
};
