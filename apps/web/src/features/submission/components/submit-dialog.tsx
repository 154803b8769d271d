import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../proposals/components/modal-dialog';

interface SubmitDialogProps {
  readonly title: string;
  readonly pending: boolean;
  readonly onConfirm: () => void;
  readonly onClose: () => void;
}

/** Submitting cannot be undone by editing: the text goes to the moderators as it is. */
export const SubmitDialog = ({ title, pending, onConfirm, onClose }: SubmitDialogProps) => {
  const { t } = useTranslation();
  const id = useId();
  return (
    <ModalDialog titleId={`${id}-title`} descriptionId={`${id}-body`} onClose={onClose}>
      <h2 id={`${id}-title`}>{t('submit.confirm.title')}</h2>
      <div id={`${id}-body`}>
        <p className="modal__subject">{title}</p>
        <p className="modal__warning">{t('submit.confirm.body')}</p>
      </div>
      <div className="modal__actions">
        <button type="button" className="button" disabled={pending} aria-busy={pending} onClick={onConfirm}>
          {pending ? t('submit.confirm.sending') : t('submit.confirm.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('submit.confirm.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
};
