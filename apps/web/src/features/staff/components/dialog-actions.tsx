import { useTranslation } from 'react-i18next';

interface DialogActionsProps {
  /** What the submit button says (the caller says "sending…" while pending, where it fits). */
  readonly submitLabel: string;
  readonly pending: boolean;
  readonly onClose: () => void;
}

/** A staff form dialog's buttons: submit, held while the request is on its way, and cancel. */
export const DialogActions = ({ submitLabel, pending, onClose }: DialogActionsProps) => {
  const { t } = useTranslation();
  return (
    <div className="modal__actions">
      <button type="submit" className="button" disabled={pending} aria-busy={pending}>
        {submitLabel}
      </button>
      <button type="button" className="button button--secondary" onClick={onClose}>
        {t('staff.cancel')}
      </button>
    </div>
  );
};
