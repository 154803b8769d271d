import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../../shared/api/api-error';
import { formErrorsOf } from '../../../shared/forms/field-errors';
import { FormAlert } from '../../../shared/forms/form-alert';
import { useAreaLabels } from '../../proposals/hooks/use-area-labels';
import { EMPTY_DRAFT_FORM, FIELD_STEPS, WIZARD_STEPS, firstStepWithError, toDraftContent, toDraftForm, type DraftForm, type WizardStep } from '../api/draft-form';
import type { MyProposal } from '../api/drafts-api';
import { useAutosave } from '../hooks/use-autosave';
import { useSaveDraft, useSubmitDraft } from '../hooks/use-drafts';
import { AutosaveStatus } from './autosave-status';
import { DraftFields } from './draft-fields';
import { DraftPreview } from './draft-preview';
import { SubmitDialog } from './submit-dialog';
import { WizardProgress } from './wizard-progress';

const FIELDS = Object.keys(FIELD_STEPS);

interface ProposalWizardProps {
  /** The stored draft, or null to start a new one (created on the first autosave). */
  readonly draft: MyProposal | null;
  readonly onCreated?: (draft: MyProposal) => void;
}

/** Steps through the fields, saves as the person types, previews, then submits after a confirmation. */
export const ProposalWizard = ({ draft, onCreated }: ProposalWizardProps) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const areas = useAreaLabels();
  const initial = draft ? toDraftForm(draft.content) : EMPTY_DRAFT_FORM;
  const [form, setForm] = useState<DraftForm>(initial);
  const [step, setStep] = useState<WizardStep>('basics');
  const [confirming, setConfirming] = useState(false);
  const draftId = useRef<string | null>(draft?.id ?? null);
  const saveDraft = useSaveDraft();
  const submit = useSubmitDraft();
  const content = toDraftContent(form);

  const autosave = useAutosave({
    value: content,
    saved: toDraftContent(initial),
    enabled: form.title.trim() !== '',
    save: async (value) => {
      const saved = await saveDraft(draftId.current, value);
      if (draftId.current === null) {
        draftId.current = saved.id;
        onCreated?.(saved);
      }
    },
  });

  const saveErrors = formErrorsOf(autosave.error, FIELDS);
  const submitErrors = formErrorsOf(submit.error, FIELDS);
  const errors = { ...saveErrors.fields, ...submitErrors.fields };
  const stepIndex = WIZARD_STEPS.indexOf(step);

  const change = (changes: Partial<DraftForm>) => {
    setForm((previous) => ({ ...previous, ...changes }));
    if (submit.isError) submit.reset();
  };

  const goTo = (next: WizardStep) => {
    setStep(next);
    // Keyboard and screen-reader users land on the new step's heading.
    requestAnimationFrame(() => document.getElementById('wizard-step-heading')?.focus());
  };

  const advance = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = WIZARD_STEPS[stepIndex + 1];
    if (next === undefined) return;
    if (form.title.trim() !== '') autosave.flush().catch(() => undefined);
    goTo(next);
  };

  const confirmSubmit = async () => {
    try {
      await autosave.flush();
    } catch {
      setConfirming(false);
      return;
    }
    const id = draftId.current;
    if (id === null) return;
    submit.mutate(id, {
      onSuccess: () => void navigate('/me/proposals', { state: { submitted: form.title } }),
      onError: (error) => {
        setConfirming(false);
        const fields = error instanceof ApiError ? error.errors.map((item) => item.field.replace(/\[\d+\]$/, '')) : [];
        const target = firstStepWithError(fields);
        if (target !== null) goTo(target);
      },
    });
  };

  const tierRefusal = submit.error instanceof ApiError && submit.error.code === 'proposal.not_phone_verified' ? submit.error : null;

  return (
    <div className="wizard">
      <WizardProgress step={step} />
      <AutosaveStatus status={autosave.status} savedAt={autosave.savedAt} hasDraft={draft !== null || autosave.savedAt !== null} />
      <form className="form card" onSubmit={advance} noValidate>
        <h2 id="wizard-step-heading" tabIndex={-1}>
          {t('submit.stepHeading', { number: stepIndex + 1, total: WIZARD_STEPS.length, name: t(`submit.steps.${step}`) })}
        </h2>
        {step === 'preview' ? (
          <>
            <p>{t('submit.preview.lead')}</p>
            <DraftPreview content={content} areaLabel={areas.labelOf(form.areaCode)} />
            {tierRefusal ? (
              <p className="notice notice--error" role="alert">
                {tierRefusal.message} <Link to="/verify">{t('submit.verifyLink')}</Link>
              </p>
            ) : (
              <FormAlert message={submitErrors.form ?? saveErrors.form} />
            )}
          </>
        ) : (
          <>
            <FormAlert message={saveErrors.form} />
            <DraftFields step={step} form={form} errors={errors} areas={areas.options} onChange={change} />
          </>
        )}
        <div className="wizard__actions">
          {stepIndex > 0 && (
            <button type="button" className="button button--secondary" onClick={() => goTo(WIZARD_STEPS[stepIndex - 1] ?? 'basics')}>
              {t('submit.back')}
            </button>
          )}
          {step === 'preview' ? (
            <button type="button" className="button" disabled={form.title.trim() === ''} onClick={() => setConfirming(true)}>
              {t('submit.submit')}
            </button>
          ) : (
            <button type="submit" className="button">
              {t('submit.next')}
            </button>
          )}
        </div>
      </form>
      {confirming && <SubmitDialog title={form.title} pending={submit.isPending} onConfirm={() => void confirmSubmit()} onClose={() => setConfirming(false)} />}
    </div>
  );
};
