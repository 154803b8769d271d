import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import type { Account } from '../../account/api/account-api';
import { FieldError } from '../../staff/components/field-error';
import { fieldMessages } from '../../staff/components/field-errors';
import { useUsers } from '../hooks/use-admin-users';
import { RoleEditor } from './role-editor';
import { RoleLabel } from './role-label';

const UserCard = ({ account }: { readonly account: Account }) => {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const headingId = `user-${account.id}`;
  return (
    <li className="staff-card" data-testid="user" aria-labelledby={headingId}>
      <h3 id={headingId}>{account.displayName}</h3>
      <p className="admin-user__email">{account.email}</p>
      <ul className="admin-roles" aria-label={t('admin.users.rolesOf', { name: account.displayName })}>
        {account.roles.map((role) => (
          <li key={`${role.kind}-${role.agencyId ?? ''}`} className="badge">
            <RoleLabel role={role} />
          </li>
        ))}
      </ul>
      {saved && !editing && (
        <p className="staff-success" role="status">
          {t('admin.users.saved')}
        </p>
      )}
      {editing ? (
        <RoleEditor
          account={account}
          onDone={(done) => {
            setEditing(false);
            setSaved(done);
          }}
        />
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
        >
          {t('admin.users.edit', { name: account.displayName })}
        </button>
      )}
    </li>
  );
};

/** Find people by email or name and change their roles. */
export const UsersSection = () => {
  const { t } = useTranslation();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const query = useUsers(search, page);
  const searchErrors = fieldMessages(query.error, 'q');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearch(typed.trim());
    setPage(1);
  };

  const results = () => {
    if (query.isPending) return <LoadingState label={t('admin.users.loading')} />;
    if (query.isError) {
      if (searchErrors.length > 0) return null;
      return <ErrorState message={t('admin.users.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
    }
    if (query.data.items.length === 0) return <EmptyState message={search === '' ? t('admin.users.empty') : t('admin.users.noMatch', { search })} />;
    const last = Math.max(1, Math.ceil(query.data.total / query.data.pageSize));
    return (
      <>
        <p role="status">{t('admin.users.count', { count: query.data.total })}</p>
        <ul className="staff-list" aria-busy={query.isFetching}>
          {query.data.items.map((account) => (
            <UserCard key={account.id} account={account} />
          ))}
        </ul>
        {last > 1 && (
          <nav className="staff-actions" aria-label={t('admin.users.pages')}>
            <button type="button" className="button button--secondary" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
              {t('pagination.previous')}
            </button>
            <span>{t('taskforce.meetings.pageOf', { page, last })}</span>
            <button type="button" className="button button--secondary" disabled={page >= last} onClick={() => setPage((p) => p + 1)}>
              {t('pagination.next')}
            </button>
          </nav>
        )}
      </>
    );
  };

  return (
    <section className="staff-form" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('admin.users.title')}</h2>
      <form role="search" onSubmit={submit} className="admin-search">
        <div className="staff-field">
          <label htmlFor={`${id}-q`}>{t('admin.users.search')}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={typed}
            maxLength={100}
            onChange={(e) => setTyped(e.target.value)}
            aria-invalid={searchErrors.length > 0}
            aria-describedby={searchErrors.length > 0 ? `${id}-q-error` : undefined}
          />
          <FieldError id={`${id}-q-error`} messages={searchErrors} />
        </div>
        <button type="submit" className="button">
          {t('admin.users.searchSubmit')}
        </button>
      </form>
      {results()}
    </section>
  );
};
