import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../staff/components/field-error';
import { fieldMessages } from '../../staff/components/field-errors';
import { FormError } from '../../staff/components/form-error';
import { ConfirmDialog } from '../../staff/components/confirm-dialog';

const REASON_MAX = 1000;

interface ExtensionFormProps {
  readonly pending: boolean;
  readonly error: unknown;
  readonly onSubmit: (reason: string, newDueAt: string) => void;
}

/** The new due date is the end of the chosen day in Taiwan. */
const endOfTaipeiDay = (day: string): string => new Date(`${day}T23:59:59.000+08:00`).toISOString();

/** Moves the due date later; the reason is published next to the answer. */
export const ExtensionForm = ({ pending, error, onSubmit }: ExtensionFormProps) => {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [day, setDay] = useState('');
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const reasonErrors = checked && reason.trim() === '' ? [t('agency.extension.reasonRequired')] : fieldMessages(error, 'reason');
  const dayErrors = checked && day === '' ? [t('agency.extension.dateRequired')] : fieldMessages(error, 'newDueAt');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (reason.trim() !== '' && day !== '') setConfirming(true);
  };

  return (
    <form className="staff-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('agency.extension.title')}</h4>
      <div className="staff-field">
        <label htmlFor={`${id}-reason`}>{t('agency.extension.reason')}</label>
        <textarea id={`${id}-reason`} rows={3} value={reason} maxLength={REASON_MAX} onChange={(e) => setReason(e.target.value)} aria-invalid={reasonErrors.length > 0} aria-describedby={reasonErrors.length > 0 ? `${id}-reason-error` : undefined} />
        <FieldError id={`${id}-reason-error`} messages={reasonErrors} />
      </div>
      <div className="staff-field">
        <label htmlFor={`${id}-day`}>{t('agency.extension.newDate')}</label>
        <input id={`${id}-day`} type="date" value={day} onChange={(e) => setDay(e.target.value)} aria-invalid={dayErrors.length > 0} aria-describedby={dayErrors.length > 0 ? `${id}-day-error` : undefined} />
        <FieldError id={`${id}-day-error`} messages={dayErrors} />
      </div>
      <FormError error={error} />
      <button type="submit" className="button" disabled={pending} aria-busy={pending}>
        {t('agency.extension.submit')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('agency.extension.confirmTitle')}
          confirmLabel={t('agency.extension.confirm')}
          onClose={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            onSubmit(reason.trim(), endOfTaipeiDay(day));
          }}
        >
          <p className="modal__warning">{t('agency.extension.confirmText')}</p>
        </ConfirmDialog>
      )}
    </form>
  );
};
