import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSession } from '../../features/account/hooks/use-session';

/** Each staff screen and the role that opens it, in the order work flows through the platform. */
const STAFF_LINKS = [
  { role: 'moderator', to: '/moderation', label: 'nav.staff.moderation' },
  { role: 'task_force_member', to: '/taskforce', label: 'nav.staff.taskforce' },
  { role: 'agency_officer', to: '/agency', label: 'nav.staff.agency' },
  { role: 'admin', to: '/admin', label: 'nav.staff.admin' },
] as const;

/** The staff screens the signed-in person may use; nothing for visitors and citizens. The API checks every request anyway. */
export const StaffLinks = () => {
  const { t } = useTranslation();
  const session = useSession();
  const kinds = new Set(session.data?.roles.map((r) => r.kind) ?? []);
  const links = STAFF_LINKS.filter((link) => kinds.has(link.role));
  if (links.length === 0) return null;
  return (
    <nav className="staff-nav" aria-label={t('nav.staff.label')} data-testid="staff-nav">
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to}>{t(link.label)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
};
