import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../features/system-status/components/live-status';

export const SiteFooter = () => {
  const { t } = useTranslation();

  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>{t('footer.about')}</p>
        <LiveStatus />
      </div>
    </footer>
  );
};
