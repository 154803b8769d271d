import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../shared/i18n/use-locale';
import { useActionPlans } from '../../action-plans/hooks/use-action-plans';
import { ConfirmDialog } from '../../staff/components/confirm-dialog';
import { FieldError } from '../../staff/components/field-error';
import { fieldMessages } from '../../staff/components/field-errors';
import { FormError } from '../../staff/components/form-error';
import type { Bilingual, DecisionInput, Outcome } from '../api/taskforce-api';
import { usePlanCommitments } from '../hooks/use-taskforce';

const OUTCOMES: readonly Outcome[] = ['adopt', 'merge', 'refer', 'decline'];
const SIDES = ['government', 'civil'] as const;
const COUNTS = ['for', 'against', 'abstain'] as const;
type Side = (typeof SIDES)[number];
type Count = (typeof COUNTS)[number];
type VoteDraft = Record<Side, Record<Count, string>>;
type ErrorKey = `taskforce.errors.${'wholeNumber' | 'rationaleRequired' | 'required' | 'commitmentRequired'}`;

interface DecisionFormProps {
  readonly title: string;
  readonly pending: boolean;
  readonly error: unknown;
  readonly onDecide: (decision: DecisionInput) => void;
}

const bilingual = (zh: string, en: string): Bilingual => (en.trim() === '' ? { 'zh-TW': zh.trim() } : { 'zh-TW': zh.trim(), en: en.trim() });

const zeroVotes = (): VoteDraft => ({ government: { for: '0', against: '0', abstain: '0' }, civil: { for: '0', against: '0', abstain: '0' } });

/** The task force's decision on one routed proposal: votes per side, a public rationale, and what adopting or merging needs. */
export const DecisionForm = ({ title, pending, error, onDecide }: DecisionFormProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const plans = useActionPlans();
  const plan = plans.data?.items[0];
  const [outcome, setOutcome] = useState<Outcome>('adopt');
  const commitments = usePlanCommitments(outcome === 'merge' ? plan?.code : undefined);
  const [votes, setVotes] = useState<VoteDraft>(zeroVotes);
  const [rationale, setRationale] = useState('');
  const [area, setArea] = useState('');
  const [text, setText] = useState({ titleZh: '', titleEn: '', descriptionZh: '', descriptionEn: '' });
  const [target, setTarget] = useState('');
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const localErrors = (): Partial<Record<string, ErrorKey>> => {
    const errors: Record<string, ErrorKey> = {};
    for (const side of SIDES) for (const count of COUNTS) if (!/^\d+$/.test(votes[side][count].trim())) errors[`votes.${side}.${count}`] = 'taskforce.errors.wholeNumber';
    if (outcome === 'decline' && rationale.trim() === '') errors['rationale'] = 'taskforce.errors.rationaleRequired';
    if (outcome === 'adopt') {
      if (area === '') errors['commitment.areaCode'] = 'taskforce.errors.required';
      if (text.titleZh.trim() === '') errors['commitment.title.zh-TW'] = 'taskforce.errors.required';
      if (text.descriptionZh.trim() === '') errors['commitment.description.zh-TW'] = 'taskforce.errors.required';
    }
    if (outcome === 'merge' && target === '') errors['targetCommitmentId'] = 'taskforce.errors.commitmentRequired';
    return errors;
  };
  const shown = checked ? localErrors() : {};
  const messages = (field: string): string[] => {
    const key = shown[field];
    return key === undefined ? fieldMessages(error, field) : [t(key)];
  };
  const described = (field: string) => (messages(field).length > 0 ? `${id}-${field}-error` : undefined);

  const build = (): DecisionInput => {
    const count = (side: Side) => ({ for: Number(votes[side].for), against: Number(votes[side].against), abstain: Number(votes[side].abstain) });
    const base = { outcome, votes: { government: count('government'), civil: count('civil') }, ...(rationale.trim() === '' ? {} : { rationale: rationale.trim() }) };
    if (outcome === 'adopt')
      return {
        ...base,
        commitment: {
          areaCode: area,
          planCode: plan?.code ?? '',
          title: bilingual(text.titleZh, text.titleEn),
          description: bilingual(text.descriptionZh, text.descriptionEn),
        },
      };
    if (outcome === 'merge') return { ...base, targetCommitmentId: target };
    return base;
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(localErrors()).length === 0) setConfirming(true);
  };

  const textField = (key: keyof typeof text, field: string, multiline: boolean) => {
    const inputId = `${id}-${key}`;
    const props = {
      id: inputId,
      value: text[key],
      onChange: (e: { target: { value: string } }) => setText((v) => ({ ...v, [key]: e.target.value })),
      'aria-invalid': messages(field).length > 0,
      'aria-describedby': described(field),
    };
    return (
      <div className="staff-field">
        <label htmlFor={inputId}>{t(`taskforce.decision.${key}`)}</label>
        {multiline ? <textarea rows={3} {...props} /> : <input {...props} />}
        <FieldError id={`${id}-${field}-error`} messages={messages(field)} />
      </div>
    );
  };

  return (
    <form className="staff-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('taskforce.decision.title')}</h4>
      <fieldset className="staff-fieldset">
        <legend>{t('taskforce.decision.outcome')}</legend>
        {OUTCOMES.map((o) => (
          <div key={o}>
            <input type="radio" id={`${id}-${o}`} name={`${id}-outcome`} value={o} checked={outcome === o} onChange={() => setOutcome(o)} />{' '}
            <label htmlFor={`${id}-${o}`}>{t(`taskforce.outcome.${o}`)}</label>
          </div>
        ))}
      </fieldset>
      {SIDES.map((side) => (
        <fieldset key={side} className="staff-fieldset">
          <legend>{t(`taskforce.side.${side}`)}</legend>
          {COUNTS.map((count) => {
            const field = `votes.${side}.${count}`;
            return (
              <div key={count} className="staff-field">
                <label htmlFor={`${id}-${field}`}>{t(`taskforce.vote.${count}`)}</label>
                <input
                  id={`${id}-${field}`}
                  inputMode="numeric"
                  value={votes[side][count]}
                  onChange={(e) => setVotes((v) => ({ ...v, [side]: { ...v[side], [count]: e.target.value } }))}
                  aria-invalid={messages(field).length > 0}
                  aria-describedby={described(field)}
                />
                <FieldError id={`${id}-${field}-error`} messages={messages(field)} />
              </div>
            );
          })}
        </fieldset>
      ))}
      {outcome === 'adopt' && (
        <fieldset className="staff-fieldset">
          <legend>{t('taskforce.decision.newCommitment')}</legend>
          <div className="staff-field">
            <label htmlFor={`${id}-area`}>{t('taskforce.decision.area')}</label>
            <select id={`${id}-area`} value={area} onChange={(e) => setArea(e.target.value)} aria-invalid={messages('commitment.areaCode').length > 0} aria-describedby={described('commitment.areaCode')}>
              <option value="">{t('taskforce.decision.chooseArea')}</option>
              {plan?.areas.map((a) => (
                <option key={a.code} value={a.code}>
                  {a.title[locale]}
                </option>
              ))}
            </select>
            <FieldError id={`${id}-commitment.areaCode-error`} messages={messages('commitment.areaCode')} />
          </div>
          {textField('titleZh', 'commitment.title.zh-TW', false)}
          {textField('titleEn', 'commitment.title.en', false)}
          {textField('descriptionZh', 'commitment.description.zh-TW', true)}
          {textField('descriptionEn', 'commitment.description.en', true)}
        </fieldset>
      )}
      {outcome === 'merge' && (
        <div className="staff-field">
          <label htmlFor={`${id}-target`}>{t('taskforce.decision.target')}</label>
          <select id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value)} aria-invalid={messages('targetCommitmentId').length > 0} aria-describedby={described('targetCommitmentId')}>
            <option value="">{t('taskforce.decision.chooseCommitment')}</option>
            {commitments.data?.items.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title[locale]}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-targetCommitmentId-error`} messages={messages('targetCommitmentId')} />
        </div>
      )}
      <div className="staff-field">
        <label htmlFor={`${id}-rationale`}>{t(outcome === 'decline' ? 'taskforce.decision.rationaleRequired' : 'taskforce.decision.rationale')}</label>
        <textarea id={`${id}-rationale`} rows={4} value={rationale} onChange={(e) => setRationale(e.target.value)} aria-invalid={messages('rationale').length > 0} aria-describedby={described('rationale')} />
        <FieldError id={`${id}-rationale-error`} messages={messages('rationale')} />
      </div>
      <FormError error={error} />
      <button type="submit" className="button" disabled={pending} aria-busy={pending}>
        {pending ? t('taskforce.decision.sending') : t('taskforce.decision.submit')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('taskforce.decision.confirmTitle')}
          confirmLabel={t('taskforce.decision.confirm')}
          onClose={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            onDecide(build());
          }}
        >
          <p className="modal__subject">{title}</p>
          <p className="modal__warning">{t('taskforce.decision.confirmText', { outcome: t(`taskforce.outcome.${outcome}`) })}</p>
        </ConfirmDialog>
      )}
    </form>
  );
};
