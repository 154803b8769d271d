import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../shared/i18n/use-locale';

interface CosignProgressProps {
  readonly count: number;
  readonly threshold: number;
}

/** The co-sign count against the threshold: a real progressbar for assistive tech, with the numbers as text too. */
export const CosignProgress = ({ count, threshold }: CosignProgressProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const labelId = useId();
  const number = new Intl.NumberFormat(locale);
  const text = t('proposals.progress.text', { count: number.format(count), threshold: number.format(threshold) });
  const percent = threshold > 0 ? Math.min(100, (count / threshold) * 100) : 0;

  return (
    <div className="progress">
      <p id={labelId} className="progress__label">
        {text}
      </p>
      <div
        className="progress__track"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={threshold}
        aria-valuenow={Math.min(count, threshold)}
        aria-valuetext={text}
      >
        <span className="progress__fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
};
