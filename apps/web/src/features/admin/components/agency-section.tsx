import { AGENCY_CODE_PATTERN } from '@open-proposals/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../shared/i18n/use-locale';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { useAgencies } from '../../agencies/hooks/use-agencies';
import { FieldError } from '../../staff/components/field-error';
import { fieldMessages } from '../../staff/components/field-errors';
import { FormError } from '../../staff/components/form-error';
import { ApiError } from '../../../shared/api/api-error';
import type { NewAgency } from '../api/users-api';
import { useCreateAgency } from '../hooks/use-admin-users';

type Field = keyof NewAgency;
const FIELDS: readonly Field[] = ['code', 'nameZhTw', 'nameEn'];

type ProblemKey = `admin.agencies.errors.${'required' | 'code'}`;

const localProblem = (field: Field, value: string): ProblemKey | null => {
  if (value.trim() === '') return 'admin.agencies.errors.required';
  if (field === 'code' && !AGENCY_CODE_PATTERN.test(value.trim())) return 'admin.agencies.errors.code';
  return null;
};

/** Adds a responsible agency; the list under the form shows it at once. */
export const AgencySection = () => {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const agencies = useAgencies();
  const create = useCreateAgency();
  const empty: Record<Field, string> = { code: '', nameZhTw: '', nameEn: '' };
  const [draft, setDraft] = useState(empty);
  const [checked, setChecked] = useState(false);
  const [created, setCreated] = useState<string | null>(null);

  // A taken code answers 409 without a field; it is about the code.
  const takenCode = create.error instanceof ApiError && create.error.status === 409 ? [create.error.message] : [];
  const messages = (field: Field): string[] => {
    const local = checked ? localProblem(field, draft[field]) : null;
    if (local !== null) return [t(local)];
    return [...fieldMessages(create.error, field), ...(field === 'code' ? takenCode : [])];
  };
  const anyFieldError = FIELDS.some((f) => messages(f).length > 0);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    setCreated(null);
    if (FIELDS.some((f) => localProblem(f, draft[f]) !== null)) return;
    const agency = { code: draft.code.trim(), nameZhTw: draft.nameZhTw.trim(), nameEn: draft.nameEn.trim() };
    create.mutate(agency, {
      onSuccess: (saved) => {
        setCreated(saved.name[locale]);
        setDraft(empty);
        setChecked(false);
      },
    });
  };

  const list = () => {
    if (agencies.isPending) return <LoadingState label={t('admin.agencies.loading')} />;
    if (agencies.isError) return <ErrorState message={t('admin.agencies.error')} error={agencies.error} onRetry={() => void agencies.refetch()} retrying={agencies.isFetching} />;
    if (agencies.data.length === 0) return <EmptyState message={t('admin.agencies.empty')} />;
    return (
      <ul className="admin-agencies" data-testid="agency-list">
        {agencies.data.map((a) => (
          <li key={a.id}>
            {a.name[locale]} <code>{a.code}</code>
          </li>
        ))}
      </ul>
    );
  };

  return (
    <section className="staff-form" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('admin.agencies.title')}</h2>
      <form onSubmit={submit} noValidate aria-labelledby={`${id}-form-title`}>
        <h3 id={`${id}-form-title`}>{t('admin.agencies.create')}</h3>
        {FIELDS.map((field) => (
          <div key={field} className="staff-field">
            <label htmlFor={`${id}-${field}`}>{t(`admin.agencies.${field}`)}</label>
            <input
              id={`${id}-${field}`}
              value={draft[field]}
              maxLength={field === 'nameEn' ? 200 : 100}
              onChange={(e) => setDraft((d) => ({ ...d, [field]: e.target.value }))}
              aria-invalid={messages(field).length > 0}
              aria-describedby={[field === 'code' ? `${id}-code-hint` : '', messages(field).length > 0 ? `${id}-${field}-error` : ''].filter(Boolean).join(' ') || undefined}
            />
            {field === 'code' && (
              <p id={`${id}-code-hint`} className="field-hint">
                {t('admin.agencies.codeHint')}
              </p>
            )}
            <FieldError id={`${id}-${field}-error`} messages={messages(field)} />
          </div>
        ))}
        {!anyFieldError && <FormError error={create.error} />}
        {created !== null && (
          <p className="staff-success" role="status">
            {t('admin.agencies.created', { name: created })}
          </p>
        )}
        <button type="submit" className="button" disabled={create.isPending} aria-busy={create.isPending}>
          {create.isPending ? t('admin.agencies.saving') : t('admin.agencies.submit')}
        </button>
      </form>
      <h3>{t('admin.agencies.list')}</h3>
      {list()}
    </section>
  );
};
