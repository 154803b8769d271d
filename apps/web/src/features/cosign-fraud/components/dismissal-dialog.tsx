import { COSIGN_ALERT_DISMISSAL_NOTE_MAX_LENGTH } from '@open-proposals/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../proposals/components/modal-dialog';
import { DialogActions } from '../../staff/components/dialog-actions';
import { fieldMessages } from '../../staff/components/field-errors';
import { FormError } from '../../staff/components/form-error';
import { NoteField } from '../../staff/components/note-field';
import type { CosignAlert, DismissedCosignAlert } from '../api/cosign-fraud-api';
import { useDismissCosignAlert } from '../hooks/use-cosign-fraud';

interface DismissalDialogProps {
  readonly alert: CosignAlert;
  readonly onDone: (dismissed: DismissedCosignAlert) => void;
  readonly onClose: () => void;
}

/**
 * One step, unlike an invalidation: dismissing changes no co-sign, publishes nothing and undoes
 * itself if the source's co-signs in the window double, so the dialog is the confirmation. The note is required
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
        <NoteField
          id={`${id}-note`}
          label={t('cosignFraud.dismissal.note')}
          hint={t('cosignFraud.dismissal.noteHint')}
          value={note}
          maxLength={COSIGN_ALERT_DISMISSAL_NOTE_MAX_LENGTH}
          errors={noteErrors}
          onChange={setNote}
        />
        <FormError error={dismissing.error} />
        <DialogActions
          submitLabel={dismissing.isPending ? t('cosignFraud.dismissal.sending') : t('cosignFraud.dismissal.confirm')}
          pending={dismissing.isPending}
          onClose={onClose}
        />
      </form>
    </ModalDialog>
  );
};
