import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../../app/pages/not-found-page';
import { ApiError } from '../../../shared/api/api-error';
import { localize, useLocale } from '../../../shared/i18n/use-locale';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageTitle } from '../../../shared/ui/page-title';
import { PlainText } from '../../proposals/components/plain-text';
import { useAreaLabels } from '../../proposals/hooks/use-area-labels';
import type { CommitmentDetail } from '../api/commitments-api';
import { AssessmentCard } from '../components/assessment-card';
import { CommitmentFacts } from '../components/commitment-facts';
import { MilestoneTable } from '../components/milestone-table';
import { ProgressList } from '../components/progress-list';
import { useCommitment } from '../hooks/use-commitments';

const isMissing = (error: Error): boolean => error instanceof ApiError && (error.status === 404 || error.status === 400);

const CommitmentArticle = ({ commitment }: { readonly commitment: CommitmentDetail }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const areas = useAreaLabels();

  return (
    <article className="commitment" aria-labelledby="commitment-heading">
      <h1 id="commitment-heading">
        {commitment.code && <span className="commitment-code">{commitment.code}</span>}
        {localize(commitment.title, locale)}
      </h1>
      <CommitmentFacts commitment={commitment} areaLabel={areas.labelOf(commitment.areaCode)} />
      <section className="proposal__section">
        <h2>{t('commitments.description')}</h2>
        <PlainText text={localize(commitment.description, locale)} />
      </section>
      <section className="proposal__section">
        <h2>{t('commitments.milestones.heading')}</h2>
        <MilestoneTable milestones={commitment.milestones} />
      </section>
      <section className="proposal__section">
        <h2>{t('commitments.progress.heading')}</h2>
        <ProgressList updates={commitment.progress} />
      </section>
      <section className="proposal__section">
        <h2>{t('commitments.assessment.heading')}</h2>
        <div className="assessments">
          <AssessmentCard kind="self" assessment={commitment.selfAssessment} />
          <AssessmentCard kind="irm" assessment={commitment.irmAssessment} />
        </div>
      </section>
    </article>
  );
};

export const CommitmentPage = () => {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const query = useCommitment(id);

  if (query.isError && isMissing(query.error)) return <NotFoundPage />;
  return (
    <>
      <PageTitle page={query.data ? localize(query.data.title, locale) : t('commitments.documentTitle')} />
      <p className="back-link">
        <Link to={query.data ? `/commitments?plan=${encodeURIComponent(query.data.planCode)}` : '/commitments'}>{t('commitments.back')}</Link>
      </p>
      {query.isPending && <LoadingState label={t('commitments.loadingOne')} />}
      {query.isError && <ErrorState message={t('commitments.errorOne')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />}
      {query.data && <CommitmentArticle commitment={query.data} />}
    </>
  );
};
