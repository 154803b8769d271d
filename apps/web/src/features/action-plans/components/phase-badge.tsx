import type { ActionPlanPhase } from '@open-proposals/domain';
import { useTranslation } from 'react-i18next';

const phaseKeys = {
  upcoming: 'actionPlans.phase.upcoming',
  in_progress: 'actionPlans.phase.in_progress',
  ended: 'actionPlans.phase.ended',
} as const satisfies Record<ActionPlanPhase, string>;

export const PhaseBadge = ({ phase }: { readonly phase: ActionPlanPhase }) => {
  const { t } = useTranslation();
  return <span className={`badge badge--${phase}`}>{t(phaseKeys[phase])}</span>;
};
