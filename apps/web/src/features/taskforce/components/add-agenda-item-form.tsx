import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { FieldError } from '../../staff/components/field-error';
import { fieldMessages } from '../../staff/components/field-errors';
import { FormError } from '../../staff/components/form-error';
import type { Meeting } from '../api/meetings-api';
import { useAddAgendaItem } from '../hooks/use-meetings';
import { useInbox } from '../hooks/use-taskforce';

/** Puts one routed proposal from the inbox on this meeting's agenda (those already on it are not offered). */
export const AddAgendaItemForm = ({ meeting }: { readonly meeting: Meeting }) => {
  const { t } = useTranslation();
  const id = useId();
  const inbox = useInbox();
  const add = useAddAgendaItem(meeting.id);
  const [choice, setChoice] = useState('');
  const [checked, setChecked] = useState(false);
  const [added, setAdded] = useState<string | null>(null);

  const onAgenda = new Set(meeting.agenda.map((a) => a.reviewItemId));
  const candidates = inbox.data?.items.filter((item) => !onAgenda.has(item.reviewItemId)) ?? [];
  const messages = checked && choice === '' ? [t('taskforce.meeting.add.required')] : fieldMessages(add.error, 'reviewItemId');
  const fieldError = fieldMessages(add.error, 'reviewItemId').length > 0;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    setAdded(null);
    if (choice === '') return;
    const title = candidates.find((c) => c.reviewItemId === choice)?.proposal.title ?? '';
    add.mutate(choice, {
      onSuccess: () => {
        setAdded(title);
        setChoice('');
        setChecked(false);
      },
    });
  };

  const body = () => {
    if (inbox.isPending) return <LoadingState label={t('taskforce.inbox.loading')} />;
    if (inbox.isError) return <ErrorState message={t('taskforce.inbox.error')} error={inbox.error} onRetry={() => void inbox.refetch()} retrying={inbox.isFetching} />;
    if (candidates.length === 0) return <EmptyState message={t('taskforce.meeting.add.none')} />;
    return (
      <>
        <div className="staff-field">
          <label htmlFor={`${id}-choice`}>{t('taskforce.meeting.add.label')}</label>
          <select
            id={`${id}-choice`}
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
            aria-invalid={messages.length > 0}
            aria-describedby={messages.length > 0 ? `${id}-choice-error` : undefined}
          >
            <option value="">{t('taskforce.meeting.add.choose')}</option>
            {candidates.map((c) => (
              <option key={c.reviewItemId} value={c.reviewItemId}>
                {c.proposal.title}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-choice-error`} messages={messages} />
        </div>
        {!fieldError && <FormError error={add.error} />}
        <button type="submit" className="button" disabled={add.isPending} aria-busy={add.isPending}>
          {add.isPending ? t('taskforce.meeting.add.sending') : t('taskforce.meeting.add.submit')}
        </button>
      </>
    );
  };

  return (
    <form className="staff-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('taskforce.meeting.add.title')}</h2>
      {added !== null && (
        <p className="staff-success" role="status">
          {t('taskforce.meeting.add.done', { title: added })}
        </p>
      )}
      {body()}
    </form>
  );
};
