import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { useLiveNotifications, useUnreadCount } from '../../notifications/hooks/use-notifications';
import type { Account } from '../api/account-api';
import { useLogout, useSession } from '../hooks/use-session';
import { loginPathFor } from './safe-next';

/** Signed in: the name opens a menu of personal pages; a visitor sees log in and register. */
export const AccountMenu = () => {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();

  if (session.isPending) return null;
  if (!session.data) {
    const next = location.pathname === '/login' || location.pathname === '/register' ? '/' : `${location.pathname}${location.search}`;
    return (
      <ul className="account-links">
        <li>
          <Link to={loginPathFor(next)}>{t('auth.menu.login')}</Link>
        </li>
        <li>
          <Link to="/register" className="account-links__register">
            {t('auth.menu.register')}
          </Link>
        </li>
      </ul>
    );
  }
  return <SignedInMenu account={session.data} />;
};

const SignedInMenu = ({ account }: { readonly account: Account }) => {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const logout = useLogout();
  const unread = useUnreadCount().data ?? 0;
  useLiveNotifications();

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && open) {
      setOpen(false);
      button.current?.focus();
    }
  };

  return (
    <div className="account-menu" onKeyDown={onKeyDown}>
      <button ref={button} type="button" className="account-menu__toggle" aria-expanded={open} aria-controls={`${id}-menu`} onClick={() => setOpen(!open)}>
        <span className="account-menu__name">{account.displayName}</span>
        {unread > 0 && (
          <span className="badge badge--count" data-testid="unread-badge">
            {unread}
            <span className="visually-hidden"> {t('auth.menu.unread', { count: unread })}</span>
          </span>
        )}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        // Following a link closes the menu.
        <ul id={`${id}-menu`} className="account-menu__list" onClick={(event) => event.target instanceof Element && event.target.closest('a') && setOpen(false)}>
          <li>
            <NavLink to="/submit">{t('auth.menu.submit')}</NavLink>
          </li>
          <li>
            <NavLink to="/me/proposals">{t('auth.menu.myProposals')}</NavLink>
          </li>
          <li>
            <NavLink to="/me/cosigns">{t('auth.menu.myCosigns')}</NavLink>
          </li>
          <li>
            <NavLink to="/me/notifications">
              {t('auth.menu.notifications')}
              {unread > 0 && <span className="badge badge--count">{unread}</span>}
            </NavLink>
          </li>
          <li>
            <NavLink to="/verify">{t('auth.menu.verification')}</NavLink>
          </li>
          <li>
            <NavLink to="/me/account">{t('auth.menu.account')}</NavLink>
          </li>
          <li>
            <button
              type="button"
              className="account-menu__logout"
              disabled={logout.isPending}
              onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/') })}
            >
              {t('auth.menu.logout')}
            </button>
          </li>
        </ul>
      )}
    </div>
  );
};
