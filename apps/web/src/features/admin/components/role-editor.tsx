import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../shared/i18n/use-locale';
import { useAgencies } from '../../agencies/hooks/use-agencies';
import type { Account } from '../../account/api/account-api';
import { ConfirmDialog } from '../../staff/components/confirm-dialog';
import { FieldError } from '../../staff/components/field-error';
import { FormError } from '../../staff/components/form-error';
import { ApiError } from '../../../shared/api/api-error';
import { useReplaceRoles } from '../hooks/use-admin-users';
import { draftProblems, removedRoles, toDraft, toRoles, type RoleDraft } from './role-draft';
import { RoleLabel } from './role-label';

/** The API names a nested role's field `roles.<n>.<field>`; the editor shows it next to its own control. */
const serverMessages = (error: unknown, field: 'side' | 'role' | 'agencyId'): string[] =>
  error instanceof ApiError ? error.errors.filter((e) => e.field.startsWith('roles.') && e.field.endsWith(`.${field}`)).map((e) => e.message) : [];

/** Grants and removes one person's staff roles; removing any asks for confirmation first. */
export const RoleEditor = ({ account, onDone }: { readonly account: Account; readonly onDone: (saved: boolean) => void }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const agencies = useAgencies();
  const replace = useReplaceRoles(account.id);
  const [draft, setDraft] = useState<RoleDraft>(() => toDraft(account.roles));
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const problems = checked ? draftProblems(draft) : [];
  const roles = toRoles(draft);
  const removed = removedRoles(account.roles, roles);

  const set = (patch: Partial<RoleDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const save = () => replace.mutate({ roles, reason: reason.trim() }, { onSuccess: () => onDone(true) });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (draftProblems(draft).length > 0) return;
    if (removed.length > 0) setConfirming(true);
    else save();
  };

  const messages = (problem: 'side' | 'tfRole' | 'agencyId'): string[] =>
    problems.includes(problem) ? [t('admin.users.errors.choose')] : serverMessages(replace.error, problem === 'tfRole' ? 'role' : problem);
  const described = (problem: 'side' | 'tfRole' | 'agencyId') => (messages(problem).length > 0 ? `${id}-${problem}-error` : undefined);
  const toggle = (name: 'moderator' | 'admin' | 'taskforce' | 'agency') => (
    <div>
      <input type="checkbox" id={`${id}-${name}`} checked={draft[name]} onChange={(e) => set({ [name]: e.target.checked })} />{' '}
      <label htmlFor={`${id}-${name}`}>{t(`admin.users.kind.${name}`)}</label>
    </div>
  );
  const select = (problem: 'side' | 'tfRole' | 'agencyId', value: string, onChange: (value: string) => void, options: readonly { value: string; label: string }[]) => (
    <div className="staff-field">
      <label htmlFor={`${id}-${problem}`}>{t(`admin.users.${problem}`)}</label>
      <select id={`${id}-${problem}`} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={messages(problem).length > 0} aria-describedby={described(problem)}>
        <option value="">{t('admin.users.choose')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-${problem}-error`} messages={messages(problem)} />
    </div>
  );

  return (
    <form className="staff-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`} data-testid="role-editor">
      <h4 id={`${id}-title`}>{t('admin.users.editTitle', { name: account.displayName })}</h4>
      <fieldset className="staff-fieldset">
        <legend>{t('admin.users.roles')}</legend>
        {toggle('moderator')}
        {toggle('taskforce')}
        {draft.taskforce && (
          <>
            {select('side', draft.side, (v) => set({ side: v as RoleDraft['side'] }), [
              { value: 'government', label: t('admin.users.sides.government') },
              { value: 'civil', label: t('admin.users.sides.civil') },
            ])}
            {select('tfRole', draft.tfRole, (v) => set({ tfRole: v as RoleDraft['tfRole'] }), [
              { value: 'convener', label: t('admin.users.tfRoles.convener') },
              { value: 'co_convener', label: t('admin.users.tfRoles.co_convener') },
              { value: 'member', label: t('admin.users.tfRoles.member') },
            ])}
          </>
        )}
        {toggle('agency')}
        {draft.agency &&
          select(
            'agencyId',
            draft.agencyId,
            (v) => set({ agencyId: v }),
            (agencies.data ?? []).map((a) => ({ value: a.id, label: a.name[locale] })),
          )}
        {draft.agency && agencies.isError && <FormError error={agencies.error} />}
        {toggle('admin')}
      </fieldset>
      <div className="staff-field">
        <label htmlFor={`${id}-reason`}>{t('admin.users.reason')}</label>
        <input id={`${id}-reason`} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      </div>
      <FormError error={replace.error} />
      <div className="staff-actions">
        <button type="submit" className="button" disabled={replace.isPending} aria-busy={replace.isPending}>
          {replace.isPending ? t('admin.users.saving') : t('admin.users.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          {t('staff.cancel')}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('admin.users.confirmTitle')}
          confirmLabel={t('admin.users.confirm')}
          onClose={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            save();
          }}
        >
          <p>{t('admin.users.confirmText', { name: account.displayName })}</p>
          <ul>
            {removed.map((role) => (
              <li key={`${role.kind}-${role.agencyId ?? ''}`}>
                <RoleLabel role={role} />
              </li>
            ))}
          </ul>
        </ConfirmDialog>
      )}
    </form>
  );
};
