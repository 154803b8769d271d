import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../shared/ui/page-title';
import { ProposalResults } from '../components/proposal-results';
import { ProposalSearchForm } from '../components/proposal-search-form';
import { useAreaLabels } from '../hooks/use-area-labels';
import { useProposalFilters } from '../hooks/use-proposal-filters';

/** Browse and search published proposals; every filter lives in the URL. */
export const ProposalsPage = () => {
  const { t } = useTranslation();
  const { filters, update, clear } = useProposalFilters();
  const areas = useAreaLabels();

  return (
    <section className="section" aria-labelledby="proposals-heading">
      <PageTitle page={t('proposals.documentTitle')} />
      <h1 id="proposals-heading">{t('proposals.title')}</h1>
      <p>{t('proposals.lead')}</p>
      <ProposalSearchForm key={filters.q} filters={filters} areas={areas.options} onChange={update} />
      <ProposalResults filters={filters} labelOf={areas.labelOf} onClear={clear} />
    </section>
  );
};
