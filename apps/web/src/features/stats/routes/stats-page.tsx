import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format-date';
import { useLocale } from '../../../shared/i18n/use-locale';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageTitle } from '../../../shared/ui/page-title';
import type { PlatformStats } from '../api/stats-api';
import { AgencyOnTimeChart } from '../components/agency-on-time-chart';
import { CompletionByAreaChart } from '../components/completion-by-area-chart';
import { CosignCurvesChart } from '../components/cosign-curves-chart';
import { MedianDaysChart } from '../components/median-days-chart';
import { ProposalsByAreaChart } from '../components/proposals-by-area-chart';
import { ProposalsByStageChart } from '../components/proposals-by-stage-chart';
import { ThresholdReachChart } from '../components/threshold-reach-chart';
import { useStats } from '../hooks/use-stats';

const Charts = ({ stats }: { readonly stats: PlatformStats }) => (
  <div className="chart-grid">
    <ProposalsByStageChart rows={stats.proposalsByStage} />
    <ProposalsByAreaChart rows={stats.proposalsByArea} />
    <ThresholdReachChart reach={stats.thresholdReach} />
    <MedianDaysChart rows={stats.medianDaysPerStage} />
    <CosignCurvesChart curves={stats.leadingCosignCurves} />
    <AgencyOnTimeChart rows={stats.agencyOnTime} />
    <CompletionByAreaChart rows={stats.commitmentCompletionByArea} />
  </div>
);

/** Platform statistics: every chart comes with a caption and a table of the same numbers. */
export const StatsPage = () => {
  const { t } = useTranslation();
  const locale = useLocale();
  const query = useStats();

  return (
    <section className="section" aria-labelledby="stats-heading" aria-busy={query.isFetching}>
      <PageTitle page={t('stats.documentTitle')} />
      <h1 id="stats-heading">{t('stats.title')}</h1>
      <p>{t('stats.lead')}</p>
      {query.isPending && <LoadingState label={t('stats.loading')} />}
      {query.isError && <ErrorState message={t('stats.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />}
      {query.data && (
        <>
          <p className="stats-generated">{t('stats.generatedAt', { date: formatDateTime(query.data.generatedAt, locale) })}</p>
          <Charts stats={query.data} />
        </>
      )}
    </section>
  );
};
