import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './modal-dialog';

export const COSIGN_COMMENT_MAX = 200;

interface CosignDialogProps {
  readonly title: string;
  readonly pending: boolean;
  readonly onConfirm: (comment: string) => void;
  readonly onClose: () => void;
}

/** Confirms a co-sign, which cannot be withdrawn, with an optional short public comment. */
export const CosignDialog = ({ title, pending, onConfirm, onClose }: CosignDialogProps) => {
  const { t } = useTranslation();
  const id = useId();
  const [comment, setComment] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onConfirm(comment);
  };

  return (
    <ModalDialog titleId={`${id}-title`} descriptionId={`${id}-body`} onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id={`${id}-title`}>{t('proposal.cosign.confirmTitle')}</h2>
        <div id={`${id}-body`}>
          <p className="modal__subject">{title}</p>
          <p className="modal__warning">{t('proposal.cosign.irreversible')}</p>
        </div>
        <label htmlFor={`${id}-comment`}>{t('proposal.cosign.commentLabel')}</label>
        <textarea
          id={`${id}-comment`}
          value={comment}
          maxLength={COSIGN_COMMENT_MAX}
          rows={3}
          onChange={(event) => setComment(event.target.value)}
          aria-describedby={`${id}-count`}
        />
        <p id={`${id}-count`} className="field-hint">
          {t('proposal.cosign.commentHint', { used: comment.length, max: COSIGN_COMMENT_MAX })}
        </p>
        <div className="modal__actions">
          <button type="submit" className="button" disabled={pending} aria-busy={pending}>
            {pending ? t('proposal.cosign.sending') : t('proposal.cosign.confirm')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('proposal.cosign.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
};
