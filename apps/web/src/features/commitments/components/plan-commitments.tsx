import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, useLocale } from '../../../shared/i18n/use-locale';
import type { ActionPlanSummary } from '../../action-plans/api/action-plans-api';
import type { CommitmentSummary } from '../api/commitments-api';
import { CommitmentListItem } from './commitment-list-item';

interface AreaGroup {
  readonly code: string;
  readonly title: string;
  readonly items: readonly CommitmentSummary[];
}

/** The plan's areas in its order; commitments in an area the plan does not list go last, under their code. */
const groupByArea = (plan: ActionPlanSummary, items: readonly CommitmentSummary[], label: (code: string) => string): AreaGroup[] => {
  const codes = [...plan.areas.map((area) => area.code), ...items.map((item) => item.areaCode)];
  return [...new Set(codes)]
    .map((code) => ({ code, title: label(code), items: items.filter((item) => item.areaCode === code) }))
    .filter((group) => group.items.length > 0);
};

const AreaSection = ({ group }: { readonly group: AreaGroup }) => {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="section" aria-labelledby={headingId} data-testid="commitment-area">
      <h2 id={headingId}>
        {group.title} <span className="heading-count">{t('commitments.areaCount', { count: group.items.length })}</span>
      </h2>
      <ul className="commitment-list">
        {group.items.map((item) => (
          <CommitmentListItem key={item.id} commitment={item} />
        ))}
      </ul>
    </section>
  );
};

/** Areas → commitments of one plan. */
export const PlanCommitments = ({ plan, items }: { readonly plan: ActionPlanSummary; readonly items: readonly CommitmentSummary[] }) => {
  const locale = useLocale();
  const label = (code: string): string => {
    const area = plan.areas.find((candidate) => candidate.code === code);
    return area ? localize(area.title, locale) : code;
  };
  return (
    <>
      {groupByArea(plan, items, label).map((group) => (
        <AreaSection key={group.code} group={group} />
      ))}
    </>
  );
};
