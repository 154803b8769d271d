import { INVALIDATION_NOTE_MAX_LENGTH, INVALIDATION_REASONS, type InvalidationReason } from '@open-proposals/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../proposals/components/modal-dialog';
import { fieldMessages } from '../../staff/components/field-errors';
import { FormError } from '../../staff/components/form-error';
import { DialogActions } from '../../staff/components/dialog-actions';
import { NoteField } from '../../staff/components/note-field';
import type { CosignAlert, InvalidationCriterion, InvalidationPreview } from '../api/cosign-fraud-api';
import { useInvalidateCosigns, useInvalidationPreview } from '../hooks/use-cosign-fraud';

interface InvalidationDialogProps {
  readonly alert: CosignAlert;
  readonly onDone: (invalidated: number) => void;
  readonly onClose: () => void;
}

const criterionOf = (alert: CosignAlert, onlyWindow: boolean): InvalidationCriterion => ({
  ...(alert.kind === 'email_domain' ? { emailDomain: alert.sourceKey } : { ipPrefixHash: alert.sourceKey }),
  // The end is exclusive: one millisecond past the last co-sign seen keeps it in.
  ...(onlyWindow ? { from: alert.firstSeenAt, to: new Date(new Date(alert.lastSeenAt).getTime() + 1).toISOString() } : {}),
});

/**
 * Two steps, because an invalidation cannot be undone and is published: the moderator fills in
 * the reason and public note and asks for a preview; the confirmation then shows how many
 * co-signs would go, and only that confirmation writes.
 */
export const InvalidationDialog = ({ alert, onDone, onClose }: InvalidationDialogProps) => {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState<InvalidationReason | ''>(alert.kind === 'email_domain' ? 'disposable_domain' : 'automated_signups');
  const [note, setNote] = useState('');
  const [onlyWindow, setOnlyWindow] = useState(false);
  const [noteMissing, setNoteMissing] = useState(false);
  const [preview, setPreview] = useState<InvalidationPreview | null>(null);
  const previewing = useInvalidationPreview(alert.proposalId);
  const invalidating = useInvalidateCosigns(alert.proposalId);
  const criterion = criterionOf(alert, onlyWindow);

  const askPreview = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (note.trim() === '' || reason === '') {
      setNoteMissing(note.trim() === '');
      return;
    }
    setNoteMissing(false);
    previewing.mutate(criterion, { onSuccess: setPreview });
  };
  const confirm = () => {
    if (reason === '') return;
    invalidating.mutate({ ...criterion, reason, note: note.trim() }, { onSuccess: (result) => onDone(result.invalidated) });
  };
  const noteErrors = noteMissing ? [t('cosignFraud.dialog.noteRequired')] : fieldMessages(previewing.error ?? invalidating.error, 'note');

  if (preview !== null) {
    const below = preview.thresholdReached && preview.countAfter < preview.threshold;
    return (
      <ModalDialog titleId={`${id}-title`} descriptionId={`${id}-body`} onClose={onClose}>
        <h2 id={`${id}-title`}>{t('cosignFraud.dialog.confirmTitle')}</h2>
        <div id={`${id}-body`}>
          <p className="modal__subject">{alert.proposalTitle}</p>
          {preview.matching === 0 ? (
            <p role="status">{t('cosignFraud.dialog.nothing')}</p>
          ) : (
            <>
              <p data-testid="invalidation-preview-count">{t('cosignFraud.dialog.willInvalidate', { count: preview.matching })}</p>
              <p>{t('cosignFraud.dialog.countChange', { before: preview.cosignCount, after: preview.countAfter })}</p>
              {below && <p className="modal__warning">{t('cosignFraud.dialog.belowThreshold', { threshold: preview.threshold })}</p>}
              <p className="modal__warning">{t('cosignFraud.dialog.irreversible')}</p>
            </>
          )}
        </div>
        <FormError error={invalidating.error} />
        <div className="modal__actions">
          {preview.matching > 0 && (
            <button type="button" className="button" onClick={confirm} disabled={invalidating.isPending} aria-busy={invalidating.isPending}>
              {t('cosignFraud.dialog.confirm', { count: preview.matching })}
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('staff.cancel')}
          </button>
        </div>
      </ModalDialog>
    );
  }

  return (
    <ModalDialog titleId={`${id}-title`} descriptionId={`${id}-body`} onClose={onClose}>
      <form onSubmit={askPreview} noValidate>
        <h2 id={`${id}-title`}>{t('cosignFraud.dialog.title')}</h2>
        <div id={`${id}-body`}>
          <p className="modal__subject">{alert.proposalTitle}</p>
          <p>{t(`cosignFraud.kinds.${alert.kind}`, { source: alert.sourceLabel })}</p>
        </div>
        <div className="staff-field">
          <label htmlFor={`${id}-reason`}>{t('cosignFraud.dialog.reason')}</label>
          <select id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value as InvalidationReason)}>
            {INVALIDATION_REASONS.map((code) => (
              <option key={code} value={code}>
                {t(`cosignFraud.reasons.${code}`)}
              </option>
            ))}
          </select>
          <p className="field-hint">{t('cosignFraud.dialog.reasonHint')}</p>
        </div>
        <NoteField
          id={`${id}-note`}
          label={t('cosignFraud.dialog.note')}
          hint={t('cosignFraud.dialog.noteHint')}
          value={note}
          maxLength={INVALIDATION_NOTE_MAX_LENGTH}
          errors={noteErrors}
          onChange={setNote}
        />
        <div className="staff-field">
          <label>
            <input type="checkbox" checked={onlyWindow} onChange={(e) => setOnlyWindow(e.target.checked)} /> {t('cosignFraud.dialog.onlyWindow')}
          </label>
        </div>
        <FormError error={previewing.error} />
        <DialogActions submitLabel={t('cosignFraud.dialog.preview')} pending={previewing.isPending} onClose={onClose} />
      </form>
    </ModalDialog>
  );
};
