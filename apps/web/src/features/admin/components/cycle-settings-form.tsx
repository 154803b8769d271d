import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format-date';
import { useLocale } from '../../../shared/i18n/use-locale';
import { ConfirmDialog } from '../../staff/components/confirm-dialog';
import { FieldError } from '../../staff/components/field-error';
import { fieldMessages } from '../../staff/components/field-errors';
import { FormError } from '../../staff/components/form-error';
import type { CycleSettings, CycleSettingsChange } from '../api/cycle-settings-api';
import { validateCycleDraft, type BlackoutDraft, type CycleSettingsDraft } from './cycle-settings-validation';
import { isoToTaipeiDay, taipeiDayToIso } from './taipei-day';

interface CycleSettingsFormProps {
  readonly cycle: CycleSettings;
  readonly pending: boolean;
  readonly error: unknown;
  readonly saved: boolean;
  readonly onSave: (change: CycleSettingsChange) => void;
}

let nextKey = 0;
const newKey = (): string => `blackout-${(nextKey += 1)}`;

const toDraft = (cycle: CycleSettings): CycleSettingsDraft => ({
  threshold: String(cycle.threshold),
  cosignWindowDays: String(cycle.cosignWindowDays),
  blackouts: cycle.blackoutPeriods.map((b) => ({
    key: newKey(),
    startDay: isoToTaipeiDay(b.startsAt),
    resumeDay: isoToTaipeiDay(b.endsAt),
    reasonZhTw: b.reason['zh-TW'],
    reasonEn: b.reason.en,
  })),
});

const toChange = (draft: CycleSettingsDraft): CycleSettingsChange => ({
  threshold: Number(draft.threshold),
  cosignWindowDays: Number(draft.cosignWindowDays),
  blackoutPeriods: draft.blackouts.map((b) => ({
    startsAt: taipeiDayToIso(b.startDay),
    endsAt: taipeiDayToIso(b.resumeDay),
    reasonZhTw: b.reasonZhTw.trim(),
    reasonEn: b.reasonEn.trim(),
  })),
});

/** The current cycle's threshold, co-sign window and blackouts; saving asks for confirmation first. */
export const CycleSettingsForm = ({ cycle, pending, error, saved, onSave }: CycleSettingsFormProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [draft, setDraft] = useState(() => toDraft(cycle));
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const localErrors = checked ? validateCycleDraft(draft) : {};

  const messagesFor = (field: string): string[] => {
    const local = localErrors[field];
    return local === undefined ? fieldMessages(error, field) : [t(local)];
  };
  const describedBy = (field: string, hint?: string) =>
    [hint, messagesFor(field).length > 0 ? `${id}-${field}-error` : undefined].filter(Boolean).join(' ') || undefined;

  const setBlackout = (index: number, patch: Partial<BlackoutDraft>) =>
    setDraft((d) => ({ ...d, blackouts: d.blackouts.map((b, i) => (i === index ? { ...b, ...patch } : b)) }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(validateCycleDraft(draft)).length === 0) setConfirming(true);
  };

  const numberField = (field: 'threshold' | 'cosignWindowDays') => (
    <div className="staff-field">
      <label htmlFor={`${id}-${field}`}>{t(`admin.cycle.${field}`)}</label>
      <input
        id={`${id}-${field}`}
        inputMode="numeric"
        value={draft[field]}
        onChange={(e) => setDraft((d) => ({ ...d, [field]: e.target.value }))}
        aria-invalid={messagesFor(field).length > 0}
        aria-describedby={describedBy(field, `${id}-${field}-hint`)}
      />
      <p id={`${id}-${field}-hint`} className="field-hint">
        {t(`admin.cycle.${field}Hint`, { open: cycle.openProposals })}
      </p>
      <FieldError id={`${id}-${field}-error`} messages={messagesFor(field)} />
    </div>
  );

  const blackoutField = (index: number, name: 'startDay' | 'resumeDay' | 'reasonZhTw' | 'reasonEn', field: string, type: 'date' | 'text') => {
    const apiField = `blackoutPeriods.${index}.${field}`;
    const inputId = `${id}-${apiField}`;
    return (
      <div className="staff-field">
        <label htmlFor={inputId}>{t(`admin.cycle.blackout.${name}`)}</label>
        <input
          id={inputId}
          type={type}
          value={draft.blackouts[index]?.[name] ?? ''}
          onChange={(e) => setBlackout(index, { [name]: e.target.value })}
          aria-invalid={messagesFor(apiField).length > 0}
          aria-describedby={describedBy(apiField)}
        />
        <FieldError id={`${id}-${apiField}-error`} messages={messagesFor(apiField)} />
      </div>
    );
  };

  return (
    <form className="staff-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('admin.cycle.title', { title: cycle.title[locale] })}</h2>
      <p className="field-hint">{t('admin.cycle.updatedAt', { when: formatDateTime(cycle.updatedAt, locale) })}</p>
      {numberField('threshold')}
      {numberField('cosignWindowDays')}
      <fieldset className="staff-fieldset">
        <legend>{t('admin.cycle.blackouts')}</legend>
        <p className="field-hint">{t('admin.cycle.blackoutsHint')}</p>
        {draft.blackouts.length === 0 && <p>{t('admin.cycle.noBlackouts')}</p>}
        {draft.blackouts.map((b, index) => (
          <div key={b.key} className="staff-card" data-testid="blackout">
            <h3>{t('admin.cycle.blackout.heading', { number: index + 1 })}</h3>
            {blackoutField(index, 'startDay', 'startsAt', 'date')}
            {blackoutField(index, 'resumeDay', 'endsAt', 'date')}
            {blackoutField(index, 'reasonZhTw', 'reasonZhTw', 'text')}
            {blackoutField(index, 'reasonEn', 'reasonEn', 'text')}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setDraft((d) => ({ ...d, blackouts: d.blackouts.filter((_, i) => i !== index) }))}
            >
              {t('admin.cycle.blackout.remove', { number: index + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setDraft((d) => ({ ...d, blackouts: [...d.blackouts, { key: newKey(), startDay: '', resumeDay: '', reasonZhTw: '', reasonEn: '' }] }))}
        >
          {t('admin.cycle.blackout.add')}
        </button>
      </fieldset>
      <FormError error={error} />
      {saved && !pending && error === null && (
        <p className="staff-success" role="status">
          {t('admin.cycle.saved')}
        </p>
      )}
      <button type="submit" className="button" disabled={pending} aria-busy={pending}>
        {pending ? t('admin.cycle.saving') : t('admin.cycle.save')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('admin.cycle.confirmTitle')}
          confirmLabel={t('admin.cycle.confirm')}
          onClose={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            onSave(toChange(draft));
          }}
        >
          <p>{t('admin.cycle.confirmThreshold', { threshold: Number(draft.threshold), open: cycle.openProposals })}</p>
          <p>{t('admin.cycle.confirmWindow', { days: Number(draft.cosignWindowDays) })}</p>
          <p>{t('admin.cycle.confirmBlackouts', { total: draft.blackouts.length })}</p>
        </ConfirmDialog>
      )}
    </form>
  );
};
