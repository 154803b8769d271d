import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize, useLocale } from '../../../shared/i18n/use-locale';
import { useAgencies } from '../../agencies/hooks/use-agencies';
import type { CommitmentDetail } from '../api/commitments-api';
import { OriginBadge, TrackingBadge } from './commitment-badges';

/** Responsible agencies by name; an id the agency list does not know yet is shown as it is. */
const AgencyNames = ({ ids }: { readonly ids: readonly string[] }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const agencies = useAgencies();
  if (ids.length === 0) return <>{t('commitments.facts.noAgency')}</>;
  return (
    <ul className="inline-list">
      {ids.map((id) => {
        const agency = agencies.data?.find((candidate) => candidate.id === id);
        return <li key={id}>{agency ? <Link to={`/agencies/${id}`}>{localize(agency.name, locale)}</Link> : t('commitments.facts.agencyLoading')}</li>;
      })}
    </ul>
  );
};

export const CommitmentFacts = ({ commitment, areaLabel }: { readonly commitment: CommitmentDetail; readonly areaLabel: string }) => {
  const { t } = useTranslation();

  return (
    <dl className="facts" data-testid="commitment-facts">
      <div>
        <dt>{t('commitments.facts.area')}</dt>
        <dd>{areaLabel}</dd>
      </div>
      <div>
        <dt>{t('commitments.facts.origin')}</dt>
        <dd>
          <OriginBadge origin={commitment.origin} />
          {commitment.sourceProposal && (
            <>
              {' '}
              <Link to={`/proposals/${commitment.sourceProposal.id}`}>{commitment.sourceProposal.title}</Link>
            </>
          )}
        </dd>
      </div>
      {commitment.mergedProposals.length > 0 && (
        <div>
          <dt>{t('commitments.facts.merged')}</dt>
          <dd>
            <ul className="inline-list">
              {commitment.mergedProposals.map((proposal) => (
                <li key={proposal.id}>
                  <Link to={`/proposals/${proposal.id}`}>{proposal.title}</Link>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      <div>
        <dt>{t('commitments.facts.agencies')}</dt>
        <dd>
          <AgencyNames ids={commitment.responsibleAgencyIds} />
        </dd>
      </div>
      <div>
        <dt>{t('commitments.facts.tracking')}</dt>
        <dd>
          <TrackingBadge tracking={commitment.tracking} />
        </dd>
      </div>
    </dl>
  );
};
