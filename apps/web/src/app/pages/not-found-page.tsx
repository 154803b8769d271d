import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../shared/ui/page-title';

export const NotFoundPage = () => {
  const { t } = useTranslation();

  return (
    <section className="section message-page" aria-labelledby="not-found-heading">
      <PageTitle page={t('notFound.documentTitle')} />
      <h1 id="not-found-heading">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/" className="button">
          {t('notFound.home')}
        </Link>
      </p>
    </section>
  );
};
