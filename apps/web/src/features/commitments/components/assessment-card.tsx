import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format-date';
import { useLocale } from '../../../shared/i18n/use-locale';
import type { Assessment } from '../api/commitments-api';

interface AssessmentCardProps {
  readonly kind: 'self' | 'irm';
  readonly assessment: Assessment | null;
}

/** One OGP assessment on its four scales, or a note that it is not in yet. */
export const AssessmentCard = ({ kind, assessment }: AssessmentCardProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();

  return (
    <section className="card assessment" aria-labelledby={headingId} data-testid={`assessment-${kind}`}>
      <h3 id={headingId}>{t(`commitments.assessment.${kind}`)}</h3>
      {assessment === null ? (
        <p>{t('commitments.assessment.none')}</p>
      ) : (
        <>
          <dl className="facts">
            <div>
              <dt>{t('commitments.assessment.completion')}</dt>
              <dd>{t(`commitments.completion.${assessment.completion}`)}</dd>
            </div>
            <div>
              <dt>{t('commitments.assessment.potentialResults')}</dt>
              <dd>{t(`commitments.potentialResults.${assessment.potentialResults}`)}</dd>
            </div>
            <div>
              <dt>{t('commitments.assessment.didItOpenGovernment')}</dt>
              <dd>{t(`commitments.openGovernment.${assessment.didItOpenGovernment}`)}</dd>
            </div>
            <div>
              <dt>{t('commitments.assessment.verifiable')}</dt>
              <dd>{t(`commitments.verifiable.${assessment.verifiable}`)}</dd>
            </div>
            <div>
              <dt>{t('commitments.assessment.assessedAt')}</dt>
              <dd>
                <time dateTime={assessment.assessedAt}>{formatDate(assessment.assessedAt, locale)}</time>
              </dd>
            </div>
          </dl>
          {assessment.note && <p>{assessment.note}</p>}
        </>
      )}
    </section>
  );
};
