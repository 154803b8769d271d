import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../shared/i18n/use-locale';
import { ModalDialog } from '../../proposals/components/modal-dialog';
import { FieldError } from '../../staff/components/field-error';
import { fieldMessages } from '../../staff/components/field-errors';
import { DialogActions } from '../../staff/components/dialog-actions';
import { FormError } from '../../staff/components/form-error';
import type { ModerationDecision, RejectReason } from '../api/moderation-api';
import { DuplicatePicker } from './duplicate-picker';

export type DecisionKind = ModerationDecision['kind'];

export const NOTE_MAX = 2000;

interface DecisionDialogProps {
  readonly kind: DecisionKind;
  readonly proposalId: string;
  readonly title: string;
  readonly reasons: readonly RejectReason[];
  readonly pending: boolean;
  readonly error: unknown;
  readonly onDecide: (decision: ModerationDecision) => void;
  readonly onClose: () => void;
}

type LocalErrorKey = `moderation.errors.${'noteRequired' | 'reasonRequired' | 'originalRequired'}`;
type LocalErrors = Partial<Record<'note' | 'code' | 'duplicateOfId', LocalErrorKey>>;

/** One decision on a submission; the dialog is the confirmation, since none can be undone. */
export const DecisionDialog = ({ kind, proposalId, title, reasons, pending, error, onDecide, onClose }: DecisionDialogProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [note, setNote] = useState('');
  const [code, setCode] = useState('');
  const [duplicateOfId, setDuplicateOfId] = useState('');
  const [local, setLocal] = useState<LocalErrors>({});
  const reason = reasons.find((r) => r.code === code);
  const needsNote = kind === 'return' || (kind === 'reject' && reason?.noteRequired === true);
  const needsOriginal = kind === 'duplicate' || (kind === 'reject' && reason?.duplicateOfRequired === true);

  const messages = (field: keyof LocalErrors): string[] => {
    const mine = local[field];
    return mine === undefined ? fieldMessages(error, field) : [t(mine)];
  };
  const errorId = (field: keyof LocalErrors) => (messages(field).length > 0 ? `${id}-${field}-error` : undefined);

  const build = (): ModerationDecision | LocalErrors => {
    const errors: LocalErrors = {};
    if (needsNote && note.trim() === '') errors.note = 'moderation.errors.noteRequired';
    if (kind === 'reject' && code === '') errors.code = 'moderation.errors.reasonRequired';
    if (needsOriginal && duplicateOfId === '') errors.duplicateOfId = 'moderation.errors.originalRequired';
    if (Object.keys(errors).length > 0) return errors;
    switch (kind) {
      case 'publish': return { kind };
      case 'return': return { kind, note: note.trim() };
      case 'duplicate': return { kind, duplicateOfId };
      case 'reject':
        return { kind, code, ...(note.trim() === '' ? {} : { note: note.trim() }), ...(needsOriginal ? { duplicateOfId } : {}) };
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const built = build();
    if ('kind' in built) {
      setLocal({});
      onDecide(built);
    } else setLocal(built);
  };

  return (
    <ModalDialog titleId={`${id}-title`} descriptionId={`${id}-body`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>{t(`moderation.decision.${kind}.title`)}</h2>
        <div id={`${id}-body`}>
          <p className="modal__subject">{title}</p>
          <p className="modal__warning">{t(`moderation.decision.${kind}.explain`)}</p>
        </div>
        {kind === 'reject' && (
          <div className="staff-field">
            <label htmlFor={`${id}-code`}>{t('moderation.decision.reason')}</label>
            <select id={`${id}-code`} value={code} onChange={(e) => setCode(e.target.value)} aria-invalid={messages('code').length > 0} aria-describedby={errorId('code')}>
              <option value="">{t('moderation.decision.chooseReason')}</option>
              {reasons.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.label[locale]}
                </option>
              ))}
            </select>
            <FieldError id={`${id}-code-error`} messages={messages('code')} />
          </div>
        )}
        {(kind === 'return' || kind === 'reject') && (
          <div className="staff-field">
            <label htmlFor={`${id}-note`}>{t(needsNote ? 'moderation.decision.noteRequired' : 'moderation.decision.noteOptional')}</label>
            <textarea
              id={`${id}-note`}
              rows={4}
              value={note}
              maxLength={NOTE_MAX}
              onChange={(e) => setNote(e.target.value)}
              aria-invalid={messages('note').length > 0}
              aria-describedby={[`${id}-note-hint`, errorId('note')].filter(Boolean).join(' ')}
            />
            <p id={`${id}-note-hint`} className="field-hint">
              {t(kind === 'return' ? 'moderation.decision.noteHintReturn' : 'moderation.decision.noteHintReject')}
            </p>
            <FieldError id={`${id}-note-error`} messages={messages('note')} />
          </div>
        )}
        {needsOriginal && (
          <>
            <DuplicatePicker value={duplicateOfId} onChange={setDuplicateOfId} excludeId={proposalId} describedBy={errorId('duplicateOfId')} />
            <FieldError id={`${id}-duplicateOfId-error`} messages={messages('duplicateOfId')} />
          </>
        )}
        <FormError error={error} />
        <DialogActions
          submitLabel={pending ? t('moderation.decision.sending') : t(`moderation.decision.${kind}.confirm`)}
          pending={pending}
          onClose={onClose}
        />
      </form>
    </ModalDialog>
  );
};
