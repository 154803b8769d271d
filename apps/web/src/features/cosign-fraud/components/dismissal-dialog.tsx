import { COSIGN_ALERT_DISMISSAL_NOTE_MAX_LENGTH } from '@open-proposals/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../proposals/components/modal-dialog';
import { FieldError } from '../../staff/components/field-error';
import { fieldMessages } from '../../staff/components/field-errors';
import { FormError } from '../../staff/components/form-error';
import type { CosignAlert, DismissedCosignAlert } from '../api/cosign-fraud-api';
import { useDismissCosignAlert } from '../hooks/use-cosign-fraud';

interface DismissalDialogProps {
  readonly alert: CosignAlert;
  readonly onDone: (dismissed: DismissedCosignAlert) => void;
  readonly onClose: () => void;
}

/**
 * One step, unlike an invalidation: dismissing changes no co-sign, publishes nothing and undoes
 * itself if the source trends again, so the dialog is the confirmation. The note is required
 * here as on the server; the server's own message for the field shows next to it.
 */
export const DismissalDialog = ({ alert, onDone, onClose }: DismissalDialogProps) => {
  const { t } = useTranslation();
  const id = useId();
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const dismissing = useDismissCosignAlert(alert.id);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (note.trim() === '') {
      setNoteMissing(true);
      return;
    }
    setNoteMissing(false);
    dismissing.mutate(note.trim(), { onSuccess: onDone });
  };
  const noteErrors = noteMissing ? [t('cosignFraud.dismissal.noteRequired')] : fieldMessages(dismissing.error, 'note');

  return (
    <ModalDialog titleId={`${id}-title`} descriptionId={`${id}-body`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>{t('cosignFraud.dismissal.title')}</h2>
        <div id={`${id}-body`}>
          <p className="modal__subject">{alert.proposalTitle}</p>
          <p>{t(`cosignFraud.kinds.${alert.kind}`, { source: alert.sourceLabel })}</p>
          <p>{t('cosignFraud.dismissal.explain')}</p>
        </div>
        <div className="staff-field">
          <label htmlFor={`${id}-note`}>{t('cosignFraud.dismissal.note')}</label>
          <textarea
            id={`${id}-note`}
            rows={3}
            value={note}
            maxLength={COSIGN_ALERT_DISMISSAL_NOTE_MAX_LENGTH}
            onChange={(e) => setNote(e.target.value)}
            aria-invalid={noteErrors.length > 0}
            aria-describedby={`${id}-note-hint${noteErrors.length > 0 ? ` ${id}-note-error` : ''}`}
          />
          <p id={`${id}-note-hint`} className="field-hint">
            {t('cosignFraud.dismissal.noteHint')}
          </p>
          <FieldError id={`${id}-note-error`} messages={noteErrors} />
        </div>
        <FormError error={dismissing.error} />
        <div className="modal__actions">
          <button type="submit" className="button" disabled={dismissing.isPending} aria-busy={dismissing.isPending}>
            {dismissing.isPending ? t('cosignFraud.dismissal.sending') : t('cosignFraud.dismissal.confirm')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('staff.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
};
