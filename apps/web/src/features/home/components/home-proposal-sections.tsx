import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import type { ProposalSummary } from '../../proposals/api/proposals-api';
import { ProposalListItem } from '../../proposals/components/proposal-list-item';
import { useAreaLabels } from '../../proposals/hooks/use-area-labels';
import { HOME_SECTIONS, type HomeSection } from '../api/home-api';
import { useHomeSection, useLiveCount } from '../hooks/use-home-section';

const LiveProposalItem = ({ proposal, areaLabel }: { readonly proposal: ProposalSummary; readonly areaLabel: string }) => {
  const count = useLiveCount(proposal.id, proposal.cosignCount);
  return <ProposalListItem proposal={{ ...proposal, cosignCount: count }} areaLabel={areaLabel} />;
};

const ProposalSection = ({ section, labelOf }: { readonly section: HomeSection; readonly labelOf: (code: string) => string }) => {
  const { t } = useTranslation();
  const query = useHomeSection(section);
  const headingId = `home-${section.id}-heading`;

  return (
    <section className="section home-section" aria-labelledby={headingId} aria-busy={query.isFetching} data-testid={`home-${section.id}`}>
      <h2 id={headingId}>{t(`home.sections.${section.id}`)}</h2>
      {query.isPending && <LoadingState label={t('proposals.loading')} />}
      {query.isError && <ErrorState message={t('proposals.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />}
      {query.data && query.data.items.length === 0 && <p className="state state--empty">{t(`home.sections.empty.${section.id}`)}</p>}
      {query.data && query.data.items.length > 0 && (
        <>
          <ul className="proposal-list">
            {query.data.items.map((proposal) => (
              <LiveProposalItem key={proposal.id} proposal={proposal} areaLabel={labelOf(proposal.areaCode)} />
            ))}
          </ul>
          <p>
            <Link to={`/proposals?status=${section.status}${section.sort === 'newest' ? '' : `&sort=${section.sort}`}`}>
              {t('home.sections.more', { section: t(`home.sections.${section.id}`) })}
            </Link>
          </p>
        </>
      )}
    </section>
  );
};

/** Ending soon, newly published, recently past the threshold, recently adopted: live counts over socket.io. */
export const HomeProposalSections = () => {
  const areas = useAreaLabels();
  return (
    <>
      {HOME_SECTIONS.map((section) => (
        <ProposalSection key={section.id} section={section} labelOf={areas.labelOf} />
      ))}
    </>
  );
};
