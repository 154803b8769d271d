import { COMMITMENT_ORIGINS, type CommitmentOrigin } from '@open-proposals/domain';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../shared/i18n/use-locale';
import type { CommitmentSummary, PlanOriginSummary } from '../api/commitments-api';

type Counts = Partial<Record<CommitmentOrigin, number>>;

/** Counts per origin from the listed commitments, for plans whose API answer has no summary yet. */
export const countOrigins = (items: readonly CommitmentSummary[]): Counts => {
  const counts: Counts = {};
  for (const item of items) counts[item.origin] = (counts[item.origin] ?? 0) + 1;
  return counts;
};

interface OriginSummaryProps {
  /** The plan's own summary when the API gives one; otherwise counted from the commitments. */
  readonly summary: PlanOriginSummary | null | undefined;
  readonly items: readonly CommitmentSummary[];
}

/** "19 commitments: 12 from government, 6 from citizens' proposals, 1 from a civil task-force member". */
export const OriginSummary = ({ summary, items }: OriginSummaryProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const counts: Counts = summary?.counts ?? countOrigins(items);
  const present = COMMITMENT_ORIGINS.filter((origin) => (counts[origin] ?? 0) > 0);
  const total = present.reduce((sum, origin) => sum + (counts[origin] ?? 0), 0);
  const number = new Intl.NumberFormat(locale);
  if (total === 0) return null;

  return (
    <section className="card origin-summary" aria-labelledby="origin-summary-heading" data-testid="origin-summary">
      <h2 id="origin-summary-heading">{t('commitments.originSummary.heading', { total: number.format(total) })}</h2>
      <ul>
        {present.map((origin) => (
          <li key={origin}>
            {t(`commitments.origin.${origin}`)}: <strong>{t('commitments.originSummary.count', { count: number.format(counts[origin] ?? 0) })}</strong>
          </li>
        ))}
      </ul>
      {summary ? <p className="origin-summary__source">{summary.source[locale]}</p> : null}
    </section>
  );
};
