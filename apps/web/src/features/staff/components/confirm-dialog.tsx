import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../proposals/components/modal-dialog';

interface ConfirmDialogProps {
  readonly title: string;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/** "Are you sure?" before a staff action that the public will see or that cannot be undone. */
export const ConfirmDialog = ({ title, confirmLabel, onConfirm, onClose, children }: ConfirmDialogProps) => {
  const { t } = useTranslation();
  const id = useId();
  return (
    <ModalDialog titleId={`${id}-title`} descriptionId={`${id}-body`} onClose={onClose}>
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-body`}>{children}</div>
      <div className="modal__actions">
        <button type="button" className="button" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('staff.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
};
