import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../staff/components/confirm-dialog';
import { FieldError } from '../../staff/components/field-error';
import { FormError } from '../../staff/components/form-error';
import type { ResponsePointInput } from '../api/agency-api';

/** The domain's limits (AGENCY_RESPONSE_LIMITS), checked here too so the officer hears of them before sending. */
const MAX_POINTS = 30;
const MAX_HEADING = 100;
const MAX_BODY = 5000;

interface PointDraft {
  readonly key: number;
  readonly heading: string;
  readonly body: string;
}

interface ResponseEditorProps {
  readonly proposalTitle: string;
  readonly pending: boolean;
  readonly error: unknown;
  readonly onSubmit: (points: readonly ResponsePointInput[]) => void;
}

let nextKey = 0;
const emptyPoint = (): PointDraft => ({ key: (nextKey += 1), heading: '', body: '' });

/** The agency's answer, point by point, previewed and confirmed: once published it cannot be edited. */
export const ResponseEditor = ({ proposalTitle, pending, error, onSubmit }: ResponseEditorProps) => {
  const { t } = useTranslation();
  const id = useId();
  const [points, setPoints] = useState<readonly PointDraft[]>(() => [emptyPoint()]);
  const [checked, setChecked] = useState(false);
  const [preview, setPreview] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const bodyMissing = (p: PointDraft) => checked && p.body.trim() === '';
  const valid = points.every((p) => p.body.trim() !== '');
  const setPoint = (index: number, patch: Partial<PointDraft>) => setPoints((all) => all.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const toInput = (): ResponsePointInput[] => points.map((p) => ({ heading: p.heading.trim() === '' ? null : p.heading.trim(), body: p.body.trim() }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (valid) setConfirming(true);
  };

  return (
    <form className="staff-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('agency.response.title')}</h4>
      <p className="field-hint">{t('agency.response.lead')}</p>
      {points.map((p, index) => (
        <fieldset key={p.key} className="staff-fieldset" data-testid="response-point">
          <legend>{t('agency.response.point', { number: index + 1 })}</legend>
          <div className="staff-field">
            <label htmlFor={`${id}-h-${p.key}`}>{t('agency.response.heading')}</label>
            <input id={`${id}-h-${p.key}`} value={p.heading} maxLength={MAX_HEADING} onChange={(e) => setPoint(index, { heading: e.target.value })} />
          </div>
          <div className="staff-field">
            <label htmlFor={`${id}-b-${p.key}`}>{t('agency.response.body')}</label>
            <textarea
              id={`${id}-b-${p.key}`}
              rows={4}
              value={p.body}
              maxLength={MAX_BODY}
              onChange={(e) => setPoint(index, { body: e.target.value })}
              aria-invalid={bodyMissing(p)}
              aria-describedby={bodyMissing(p) ? `${id}-b-${p.key}-error` : undefined}
            />
            <FieldError id={`${id}-b-${p.key}-error`} messages={bodyMissing(p) ? [t('agency.response.bodyRequired')] : []} />
          </div>
          {points.length > 1 && (
            <button type="button" className="button button--secondary" onClick={() => setPoints((all) => all.filter((_, i) => i !== index))}>
              {t('agency.response.remove', { number: index + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      <div className="staff-actions">
        <button type="button" className="button button--secondary" disabled={points.length >= MAX_POINTS} onClick={() => setPoints((all) => [...all, emptyPoint()])}>
          {t('agency.response.add')}
        </button>
        <button type="button" className="button button--secondary" aria-expanded={preview} onClick={() => setPreview((v) => !v)}>
          {t(preview ? 'agency.response.hidePreview' : 'agency.response.preview')}
        </button>
      </div>
      {preview && (
        <section className="staff-card" aria-label={t('agency.response.previewLabel')} data-testid="response-preview">
          <ol>
            {toInput().map((p, i) => (
              <li key={points[i]?.key}>
                {p.heading !== null && <strong>{p.heading}</strong>}
                <div className="plain-text">{p.body}</div>
              </li>
            ))}
          </ol>
        </section>
      )}
      <FormError error={error} />
      <button type="submit" className="button" disabled={pending} aria-busy={pending}>
        {pending ? t('agency.response.sending') : t('agency.response.submit')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('agency.response.confirmTitle')}
          confirmLabel={t('agency.response.confirm')}
          onClose={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            onSubmit(toInput());
          }}
        >
          <p className="modal__subject">{proposalTitle}</p>
          <p className="modal__warning">{t('agency.response.confirmText', { points: points.length })}</p>
        </ConfirmDialog>
      )}
    </form>
  );
};
