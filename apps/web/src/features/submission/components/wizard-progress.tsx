import { useTranslation } from 'react-i18next';
import { WIZARD_STEPS, type WizardStep } from '../api/draft-form';

/** Where the person is among the steps; earlier steps can be revisited with the Back button. */
export const WizardProgress = ({ step }: { readonly step: WizardStep }) => {
  const { t } = useTranslation();
  const current = WIZARD_STEPS.indexOf(step);
  return (
    <ol className="wizard-progress" aria-label={t('submit.steps.label')}>
      {WIZARD_STEPS.map((each, index) => (
        <li key={each} aria-current={index === current ? 'step' : undefined} className={index < current ? 'wizard-progress__done' : undefined}>
          <span className="wizard-progress__number" aria-hidden="true">
            {index + 1}
          </span>{' '}
          {t(`submit.steps.${each}`)}
        </li>
      ))}
    </ol>
  );
};
