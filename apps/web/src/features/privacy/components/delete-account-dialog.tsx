import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../proposals/components/modal-dialog';

interface DeleteAccountDialogProps {
  readonly pending: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** The last question before an erasure that cannot be undone. */
export const DeleteAccountDialog = ({ pending, onConfirm, onCancel }: DeleteAccountDialogProps) => {
  const { t } = useTranslation();
  const id = useId();
  return (
    <ModalDialog titleId={`${id}-title`} descriptionId={`${id}-body`} onClose={onCancel}>
      <h2 id={`${id}-title`}>{t('privacy.delete.confirmTitle')}</h2>
      <p id={`${id}-body`}>{t('privacy.delete.confirmBody')}</p>
      <div className="modal__actions">
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={pending}>
          {t('privacy.delete.cancel')}
        </button>
        <button type="button" className="button button--danger" onClick={onConfirm} disabled={pending} aria-busy={pending}>
          {pending ? t('privacy.delete.deleting') : t('privacy.delete.confirm')}
        </button>
      </div>
    </ModalDialog>
  );
};
