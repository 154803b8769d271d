import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../shared/ui/page-title';
import { ActionPlanList } from '../../action-plans/components/action-plan-list';
import { HomeHero } from '../components/home-hero';
import { HomeProposalSections } from '../components/home-proposal-sections';

export const HomePage = () => {
  const { t } = useTranslation();

  return (
    <>
      <PageTitle page={t('home.documentTitle')} />
      <HomeHero />
      <HomeProposalSections />
      <ActionPlanList />
    </>
  );
};
