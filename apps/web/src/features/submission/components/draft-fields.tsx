import { textLength } from '@open-proposals/domain';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../../shared/forms/field-errors';
import { FormField } from '../../../shared/forms/form-field';
import type { AreaOption } from '../../proposals/hooks/use-area-labels';
import { TEXT_MAX_LENGTH, TITLE_MAX_LENGTH, type DraftForm, type WizardStep } from '../api/draft-form';
import { AgencyPicker } from './agency-picker';
import { SimilarHints } from './similar-hints';

interface DraftFieldsProps {
  readonly step: Exclude<WizardStep, 'preview'>;
  readonly form: DraftForm;
  readonly errors: FieldErrors;
  readonly areas: readonly AreaOption[];
  readonly onChange: (change: Partial<DraftForm>) => void;
}

const TEXTS = ['background', 'proposal', 'expectedBenefits'] as const;

/** The fields of one step of the wizard; every server error appears under its field. */
export const DraftFields = ({ step, form, errors, areas, onChange }: DraftFieldsProps) => {
  const { t } = useTranslation();

  if (step === 'basics') {
    return (
      <>
        <FormField
          label={t('submit.fields.title')}
          error={errors.title}
          hint={t('submit.hints.title', { used: textLength(form.title), max: TITLE_MAX_LENGTH })}
        >
          {(props) => <input {...props} required value={form.title} onChange={(e) => onChange({ title: e.target.value })} />}
        </FormField>
        <SimilarHints title={form.title} />
        <FormField label={t('submit.fields.areaCode')} error={errors.areaCode} hint={t('submit.hints.areaCode')}>
          {(props) => (
            <select {...props} value={form.areaCode} onChange={(e) => onChange({ areaCode: e.target.value })}>
              {areas.map((area) => (
                <option key={area.code} value={area.code}>
                  {area.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </>
    );
  }
  if (step === 'details') {
    return (
      <>
        {TEXTS.map((field) => (
          <FormField
            key={field}
            label={t(`submit.fields.${field}`)}
            error={errors[field]}
            hint={t(`submit.hints.${field}`, { used: textLength(form[field]), max: TEXT_MAX_LENGTH })}
          >
            {(props) => <textarea {...props} rows={8} required value={form[field]} onChange={(e) => onChange({ [field]: e.target.value })} />}
          </FormField>
        ))}
      </>
    );
  }
  return (
    <>
      <AgencyPicker selected={form.suggestedAgencyIds} error={errors.suggestedAgencyIds} onChange={(ids) => onChange({ suggestedAgencyIds: ids })} />
      <FormField label={t('submit.fields.links')} error={errors.links} hint={t('submit.hints.links')}>
        {(props) => <textarea {...props} rows={4} value={form.links} onChange={(e) => onChange({ links: e.target.value })} />}
      </FormField>
    </>
  );
};
