import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { AccountMenu } from '../../features/account/components/account-menu';
import { LanguageSwitch } from './language-switch';
import { StaffLinks } from './staff-links';

export const SiteHeader = () => {
  const { t } = useTranslation();

  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to="/" className="brand">
          <span className="brand__name">{t('app.name')}</span>
          <span className="brand__tagline">{t('app.tagline')}</span>
        </Link>
        <nav className="site-nav" aria-label={t('nav.label')}>
          <ul>
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/proposals">{t('nav.proposals')}</NavLink>
            </li>
            <li>
              <NavLink to="/rejections">{t('nav.rejections')}</NavLink>
            </li>
            <li>
              <NavLink to="/commitments">{t('nav.commitments')}</NavLink>
            </li>
            <li>
              <NavLink to="/agencies">{t('nav.agencies')}</NavLink>
            </li>
            <li>
              <NavLink to="/stats">{t('nav.stats')}</NavLink>
            </li>
            <li>
              <NavLink to="/open-data">{t('nav.openData')}</NavLink>
            </li>
          </ul>
        </nav>
        <AccountMenu />
        <LanguageSwitch />
        <StaffLinks />
      </div>
    </header>
  );
};
