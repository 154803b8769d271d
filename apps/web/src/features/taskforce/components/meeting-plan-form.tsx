import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FieldError } from '../../staff/components/field-error';
import { fieldMessages } from '../../staff/components/field-errors';
import { FormError } from '../../staff/components/form-error';
import { isCalendarDay, isDomainError } from './meeting-errors';
import { usePlanMeeting } from '../hooks/use-meetings';

type Field = 'heldOn' | 'title';
type ErrorKey = `taskforce.meetings.errors.${'dateRequired' | 'titleRequired'}`;

/** Plans a meeting on a Taiwan calendar day; on success the meeting's page opens to prepare its agenda. */
export const MeetingPlanForm = () => {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const plan = usePlanMeeting();
  const [draft, setDraft] = useState<Record<Field, string>>({ heldOn: '', title: '' });
  const [checked, setChecked] = useState(false);

  const localErrors = (): Partial<Record<Field, ErrorKey>> => ({
    ...(isCalendarDay(draft.heldOn) ? {} : { heldOn: 'taskforce.meetings.errors.dateRequired' }),
    ...(draft.title.trim() === '' ? { title: 'taskforce.meetings.errors.titleRequired' } : {}),
  });
  const shown = checked ? localErrors() : {};
  // The domain's refusals name no field; they belong to the field they are about.
  const serverMessages = (field: Field): string[] => {
    const domainCode = field === 'heldOn' ? 'taskforce.invalid_meeting_date' : 'taskforce.meeting_title_required';
    const domain = isDomainError(plan.error, domainCode) ? [plan.error.message] : [];
    return [...fieldMessages(plan.error, field), ...domain];
  };
  const messages = (field: Field): string[] => {
    const key = shown[field];
    return key === undefined ? serverMessages(field) : [t(key)];
  };
  const fieldOnlyError = ['heldOn', 'title'].some((f) => serverMessages(f as Field).length > 0);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(localErrors()).length > 0) return;
    plan.mutate({ heldOn: draft.heldOn, title: draft.title.trim() }, { onSuccess: (meeting) => void navigate(`/taskforce/meetings/${meeting.id}`) });
  };

  const field = (name: Field, type: 'date' | 'text', hint?: string) => {
    const described = [hint === undefined ? '' : `${id}-${name}-hint`, messages(name).length > 0 ? `${id}-${name}-error` : ''].filter(Boolean).join(' ');
    return (
      <div className="staff-field">
        <label htmlFor={`${id}-${name}`}>{t(`taskforce.meetings.plan.field.${name}`)}</label>
        <input
          id={`${id}-${name}`}
          type={type}
          value={draft[name]}
          maxLength={name === 'title' ? 200 : undefined}
          onChange={(e) => setDraft((d) => ({ ...d, [name]: e.target.value }))}
          aria-invalid={messages(name).length > 0}
          aria-describedby={described || undefined}
        />
        {hint !== undefined && (
          <p id={`${id}-${name}-hint`} className="field-hint">
            {hint}
          </p>
        )}
        <FieldError id={`${id}-${name}-error`} messages={messages(name)} />
      </div>
    );
  };

  return (
    <form className="staff-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('taskforce.meetings.plan.heading')}</h3>
      {field('heldOn', 'date', t('taskforce.meetings.plan.heldOnHint'))}
      {field('title', 'text', t('taskforce.meetings.plan.titleHint'))}
      {!fieldOnlyError && <FormError error={plan.error} />}
      <button type="submit" className="button" disabled={plan.isPending} aria-busy={plan.isPending}>
        {plan.isPending ? t('taskforce.meetings.plan.sending') : t('taskforce.meetings.plan.submit')}
      </button>
    </form>
  );
};
