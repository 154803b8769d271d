import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../shared/ui/page-title';

/** Shown when a route throws while rendering. A full reload (plain link) resets whatever state broke. */
export const RouteErrorPage = () => {
  const { t } = useTranslation();

  return (
    <section className="section message-page" role="alert" aria-labelledby="route-error-heading">
      <PageTitle page={t('routeError.documentTitle')} />
      <h1 id="route-error-heading">{t('routeError.title')}</h1>
      <p>{t('routeError.body')}</p>
      <p>
        <a href="/" className="button">
          {t('routeError.home')}
        </a>
      </p>
    </section>
  );
};
