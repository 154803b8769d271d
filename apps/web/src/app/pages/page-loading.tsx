import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../shared/ui/loading-state';

/** While the code of a page opened directly is still on its way. */
export const PageLoading = () => {
  const { t } = useTranslation();
  return (
    <main className="container site-main">
      <LoadingState label={t('app.loadingPage')} />
    </main>
  );
};
