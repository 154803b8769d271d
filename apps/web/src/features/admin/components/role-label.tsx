import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../shared/i18n/use-locale';
import { useAgencies } from '../../agencies/hooks/use-agencies';
import type { AccountRole } from '../api/users-api';

const KINDS = ['citizen', 'moderator', 'task_force_member', 'agency_officer', 'admin'] as const;
type Kind = (typeof KINDS)[number];
const isKind = (kind: string): kind is Kind => (KINDS as readonly string[]).includes(kind);

/** A role in words: "Task force member (civil society, convener)", "Agency officer: Ministry of Testing". */
export const RoleLabel = ({ role }: { readonly role: AccountRole }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const agencies = useAgencies();
  if (!isKind(role.kind)) return <>{role.kind}</>;
  const name = t(`admin.users.roleNames.${role.kind}`);
  if (role.kind === 'task_force_member' && role.side !== undefined && role.role !== undefined)
    return <>{t('admin.users.seat', { name, side: t(`admin.users.sides.${role.side}`), role: t(`admin.users.tfRoles.${role.role}`) })}</>;
  if (role.kind === 'agency_officer') {
    const agency = agencies.data?.find((a) => a.id === role.agencyId);
    return <>{t('admin.users.ofAgency', { name, agency: agency?.name[locale] ?? role.agencyId ?? '' })}</>;
  }
  return <>{name}</>;
};
