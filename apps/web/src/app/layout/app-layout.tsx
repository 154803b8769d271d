import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { LoadingState } from '../../shared/ui/loading-state';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

const MAIN_CONTENT_ID = 'main-content';

/** Skip link, header, the current page in <main>, footer. */
export const AppLayout = () => {
  const { t } = useTranslation();
  // Some pages' code is fetched on their first visit (app-routes.tsx); the current page stays
  // until it arrives, and this says something is coming.
  const fetchingPage = useNavigation().state === 'loading';

  return (
    <div className="app">
      <a className="skip-link" href={`#${MAIN_CONTENT_ID}`}>
        {t('app.skipToContent')}
      </a>
      <SiteHeader />
      <main id={MAIN_CONTENT_ID} className="container site-main" tabIndex={-1} aria-busy={fetchingPage}>
        {fetchingPage && <LoadingState label={t('app.loadingPage')} />}
        <Outlet />
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </div>
  );
};
